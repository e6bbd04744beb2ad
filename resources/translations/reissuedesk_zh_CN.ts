<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApplicationDetailPane</name>
    <message>
        <source>Select an application to see its details.</source>
        <translation>选择一条申请以查看详情。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>风险标记</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Review round</source>
        <translation>审核轮次</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Show the applicant&apos;s full name, ID number and contact details (to compare with the ID photo)</source>
        <translation>显示申请人的完整姓名、身份证号和联系方式（用于与身份证照片核对）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Old card</source>
        <translation>原卡</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>机主</translation>
    </message>
    <message>
        <source>Account no.</source>
        <translation>账户号</translation>
    </message>
    <message>
        <source>Show the account holder&apos;s full name, ID number and contact details</source>
        <translation>显示机主的完整姓名、身份证号和联系方式</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Special-service fee</source>
        <translation>特殊服务费</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>寄送至</translation>
    </message>
    <message>
        <source>Account address</source>
        <translation>账户地址</translation>
    </message>
    <message>
        <source>The shipping address differs from the account address.</source>
        <translation>寄送地址与账户地址不一致。</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>证件资料</translation>
    </message>
    <message>
        <source>Open the application (Enter) to view them: every view is recorded.</source>
        <translation>打开申请（回车）即可查看：每次查看都会被记录。</translation>
    </message>
</context>
<context>
    <name>ApplicationNumberAllocator</name>
    <message>
        <source>reserving application numbers</source>
        <translation>预留申请编号</translation>
    </message>
    <message>
        <source>recording an imported application number</source>
        <translation>记录导入的申请编号</translation>
    </message>
</context>
<context>
    <name>ApplicationPage</name>
    <message>
        <source>← Queue</source>
        <translation>← 队列</translation>
    </message>
    <message>
        <source>Back to the queue; gives the application back (Esc)</source>
        <translation>返回队列；释放这条申请（Esc）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>&amp;Approve  A</source>
        <translation>通过(&amp;A)  A</translation>
    </message>
    <message>
        <source>Approve: confirm the address and ship a new card (A)</source>
        <translation>通过：确认地址并寄送新卡（A）</translation>
    </message>
    <message>
        <source>&amp;Reject  R</source>
        <translation>驳回(&amp;R)  R</translation>
    </message>
    <message>
        <source>Reject: choose the reasons the customer is told (R)</source>
        <translation>驳回：选择告知客户的驳回原因（R）</translation>
    </message>
    <message>
        <source>Confirm approval  A</source>
        <translation>确认通过  A</translation>
    </message>
    <message>
        <source>Second review: confirm the first reviewer&apos;s approval; the card ships (A)</source>
        <translation>复核：确认初审的通过决定；新卡将寄出（A）</translation>
    </message>
    <message>
        <source>&amp;Send back  S</source>
        <translation>退回(&amp;S)  S</translation>
    </message>
    <message>
        <source>Second review: do not confirm; the application goes back to the queue for a new review (S)</source>
        <translation>复核：不予确认；申请退回队列重新审核（S）</translation>
    </message>
    <message>
        <source>Skip, next  N</source>
        <translation>跳过，下一条  N</translation>
    </message>
    <message>
        <source>Skip this one (not offered to you again for a while) and claim the next (N); Shift+N skips with a note</source>
        <translation>跳过这条（一段时间内不再分给您）并领取下一条（N）；Shift+N 跳过并填写备注</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Send the same decision again (it cannot be recorded twice)</source>
        <translation>重新提交同一决定（不会被重复记录）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>证件资料</translation>
    </message>
</context>
<context>
    <name>ApplicationStatistics</name>
    <message>
        <source>counting applications by status</source>
        <translation>按状态统计申请</translation>
    </message>
    <message>
        <source>counting applications</source>
        <translation>统计申请</translation>
    </message>
</context>
<context>
    <name>ApplicationWriter</name>
    <message>
        <source>looking up existing accounts</source>
        <translation>查找已有账户</translation>
    </message>
    <message>
        <source>flagging repeat replacements</source>
        <translation>标记重复补卡</translation>
    </message>
    <message>
        <source>flagging reused documents</source>
        <translation>标记重复使用的证件</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Ship the new card to</source>
        <translation>新卡寄送至</translation>
    </message>
    <message>
        <source>Expected delivery</source>
        <translation>预计送达</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Internal &amp;note (never sent to the customer)</source>
        <translation>内部备注(&amp;N)（不会发送给客户）</translation>
    </message>
</context>
<context>
    <name>AuditCsvExport</name>
    <message>
        <source>The export file could not be written: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>recording the audit export</source>
        <translation>记录审计日志导出</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>&amp;Operator:</source>
        <translation>坐席(&amp;O)：</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>操作(&amp;C)：</translation>
    </message>
    <message>
        <source>Appl&amp;ication:</source>
        <translation>申请(&amp;I)：</translation>
    </message>
    <message>
        <source>BK20261124-000123</source>
        <translation>BK20261124-000123</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>至(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>recording that document %1 was viewed</source>
        <translation>记录证件 %1 已被查看</translation>
    </message>
    <message>
        <source>reading the login of operator %1</source>
        <translation>读取坐席 %1 的登录名</translation>
    </message>
    <message>
        <source>recording that personal data of application %1 was shown</source>
        <translation>记录申请 %1 的个人信息已被显示</translation>
    </message>
    <message>
        <source>recording a settings change</source>
        <translation>记录设置变更</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>读取审计日志</translation>
    </message>
    <message>
        <source>reading the audit actions</source>
        <translation>读取审计操作类型</translation>
    </message>
</context>
<context>
    <name>BulkInsert</name>
    <message>
        <source>inserting into %1</source>
        <translation>写入 %1</translation>
    </message>
    <message>
        <source>%1: row has %2 values for %3 columns</source>
        <translation>%1：该行有 %2 个值，但有 %3 列</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>watching for changes</source>
        <translation>监视数据变化</translation>
    </message>
    <message>
        <source>checking the connection</source>
        <translation>检查连接</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to the database</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>数据库地址(&amp;U)：</translation>
    </message>
    <message>
        <source>sqlite:/path/to/file.db or postgresql://user@host/dbname</source>
        <translation>sqlite:/path/to/file.db 或 postgresql://user@host/dbname</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>only for PostgreSQL; never stored</source>
        <translation>仅用于 PostgreSQL；不会保存</translation>
    </message>
    <message>
        <source>Use the &amp;embedded database on this computer</source>
        <translation>使用本机的内置数据库(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian package %2)</source>
        <translation>未安装 Qt SQL 驱动 %1（Debian 软件包 %2）</translation>
    </message>
    <message>
        <source>preparing a statement</source>
        <translation>准备 SQL 语句</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>%1 is not a ReissueDesk database or is corrupt (%2)</source>
        <translation>%1 不是 ReissueDesk 数据库，或已损坏（%2）</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 等另外 %1 个</translation>
    </message>
    <message>
        <source>%1 is not a ReissueDesk database: it has tables %2. ReissueDesk does not add its tables to another program&apos;s database; choose another file.</source>
        <translation>%1 不是 ReissueDesk 数据库：其中有表 %2。ReissueDesk 不会把自己的表加进其他程序的数据库，请选择另一个文件。</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>sqlite: URL has no file path (use sqlite:/path/to/file.db)</source>
        <translation>sqlite: 地址中没有文件路径（请使用 sqlite:/path/to/file.db）</translation>
    </message>
    <message>
        <source>unsupported database URL &quot;%1&quot;: use sqlite:PATH or postgresql://user@host/dbname</source>
        <translation>不支持的数据库地址“%1”：请使用 sqlite:PATH 或 postgresql://user@host/dbname</translation>
    </message>
    <message>
        <source>malformed PostgreSQL URL: %1</source>
        <translation>PostgreSQL 地址格式错误：%1</translation>
    </message>
    <message>
        <source>port &quot;%1&quot; in the PostgreSQL URL is not a number</source>
        <translation>PostgreSQL 地址中的端口“%1”不是数字</translation>
    </message>
    <message>
        <source>value of &quot;%1&quot; in the PostgreSQL URL may not contain spaces or &apos;;&apos;</source>
        <translation>PostgreSQL 地址中“%1”的值不能包含空格或“;”</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; in the PostgreSQL URL must be disable, allow, prefer, require, verify-ca or verify-full</source>
        <translation>PostgreSQL 地址中的 sslmode“%1”必须是 disable、allow、prefer、require、verify-ca 或 verify-full</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot; in the PostgreSQL URL</source>
        <translation>PostgreSQL 地址中有未知参数“%1”</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>no application chosen</source>
        <translation>未选择申请</translation>
    </message>
    <message>
        <source>the decision has no idempotency key</source>
        <translation>该决定缺少幂等键</translation>
    </message>
    <message>
        <source>choose at least one reason for the rejection</source>
        <translation>请至少选择一个驳回原因</translation>
    </message>
    <message>
        <source>the rejection needs a message telling the customer what to fix</source>
        <translation>驳回需要附上告诉客户如何补正的消息</translation>
    </message>
    <message>
        <source>the customer message makes the SMS %1 characters long; the limit is %2</source>
        <translation>客户消息使短信长度达到 %1 个字符；上限为 %2</translation>
    </message>
    <message>
        <source>the internal note is longer than 2000 characters</source>
        <translation>内部备注超过 2000 个字符</translation>
    </message>
</context>
<context>
    <name>DeferredIndexes</name>
    <message>
        <source>Building index %1 (%2 of %3).</source>
        <translation>正在建立索引 %1（第 %2 个，共 %3 个）。</translation>
    </message>
    <message>
        <source>Indexes of %1 are missing (%2): a bulk load was interrupted before it built them again, and queue queries are slow until they are back. Only the owner of the ReissueDesk tables can build them, not %3: an administrator must run reissuedesk-admin migrate.</source>
        <translation>%1 的索引缺失（%2）：一次批量导入在重建索引前被中断，索引恢复前队列查询会很慢。只有 ReissueDesk 表的所有者才能重建索引，%3 不能：请管理员运行 reissuedesk-admin migrate。</translation>
    </message>
    <message>
        <source>A bulk load was interrupted and left %1 indexes dropped (%2): building them again before going on.</source>
        <translation>一次批量导入被中断，留下 %1 个已删除的索引（%2）：继续之前先重建它们。</translation>
    </message>
</context>
<context>
    <name>DeskCommandLine</name>
    <message>
        <source>ReissueDesk: review replacement-card applications.</source>
        <translation>ReissueDesk：审核补卡申请。</translation>
    </message>
    <message>
        <source>Database URL (sqlite:PATH or postgresql://...).</source>
        <translation>数据库地址（sqlite:PATH 或 postgresql://...）。</translation>
    </message>
    <message>
        <source>Log in unattended with the password on the first line of PATH (a file only you can read: mode 0600 or 0400).</source>
        <translation>无人值守登录：密码取自 PATH 文件的第一行（该文件只能由您读取：权限 0600 或 0400）。</translation>
    </message>
    <message>
        <source>Language: zh_CN, en or system (default: $REISSUEDESK_LANG, else the Language setting, else the system locale).</source>
        <translation>界面语言：zh_CN、en 或 system（默认依次取 $REISSUEDESK_LANG、“语言”设置、系统区域设置）。</translation>
    </message>
</context>
<context>
    <name>DeskConnection</name>
    <message>
        <source>recording that the desk was locked</source>
        <translation>记录坐席台已锁定</translation>
    </message>
</context>
<context>
    <name>DeskSecretStore</name>
    <message>
        <source>this session has no D-Bus session bus</source>
        <translation>此会话没有 D-Bus 会话总线</translation>
    </message>
    <message>
        <source>the Secret Service did not answer (%1)</source>
        <translation>Secret Service 没有响应（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DocumentDecoder</name>
    <message>
        <source>%1 %2 × %3 pixels (%4 MP), more than the %5 MP limit</source>
        <translation>%1 %2 × %3 像素（%4 MP），超过 %5 MP 的上限</translation>
    </message>
    <message>
        <source>the JPEG is stored in more than %1 scans, which no camera or scanner writes (it may be made to stall a reader), so it is not opened</source>
        <translation>该 JPEG 分为超过 %1 次扫描存储，任何相机或扫描仪都不会这样写入（文件可能被刻意构造以使阅读程序卡住），因此不打开</translation>
    </message>
    <message>
        <source>%1 images are not supported; ask the customer for a JPEG or PNG</source>
        <translation>不支持 %1 图片；请让客户提供 JPEG 或 PNG</translation>
    </message>
    <message>
        <source>SVG drawings are not shown (they can carry scripts and links); ask the customer for a JPEG, PNG or PDF</source>
        <translation>不显示 SVG 图形（其中可能带有脚本和链接）；请让客户提供 JPEG、PNG 或 PDF</translation>
    </message>
    <message>
        <source>this is an HTML page, not an image or PDF (a document server may have sent an error page instead of the file)</source>
        <translation>这是一个 HTML 网页，不是图片或 PDF（证件服务器可能发来了错误页面，而不是文件）</translation>
    </message>
    <message>
        <source>this file is not an image or PDF (unrecognised data)</source>
        <translation>此文件不是图片或 PDF（无法识别的数据）</translation>
    </message>
    <message>
        <source>this is %1, not an image or PDF</source>
        <translation>这是%1，不是图片或 PDF</translation>
    </message>
    <message>
        <source>the image declares</source>
        <translation>图片声明的尺寸为</translation>
    </message>
    <message>
        <source>no Qt image plugin for %1 is installed on this desk (package qt6-image-formats-plugins)</source>
        <translation>本机未安装 %1 的 Qt 图像插件（软件包 qt6-image-formats-plugins）</translation>
    </message>
    <message>
        <source>the %1 data is damaged or truncated: %2</source>
        <translation>%1 数据已损坏或不完整：%2</translation>
    </message>
    <message>
        <source>the image has</source>
        <translation>图片实际尺寸为</translation>
    </message>
    <message>
        <source>the JPEG data is truncated; the image may be incomplete</source>
        <translation>JPEG 数据不完整；图片可能缺失一部分</translation>
    </message>
    <message>
        <source>the BMP data is truncated; the image may be incomplete</source>
        <translation>BMP 数据不完整；图片可能缺失一部分</translation>
    </message>
    <message>
        <source>the TIFF is a BigTIFF, a form meant for files over 4 GB that no camera or scanner writes for a document, so it is not opened; ask the customer for a JPEG or PNG</source>
        <translation>该 TIFF 为 BigTIFF 格式，这是为超过 4 GB 的文件设计的格式，相机或扫描仪不会用它保存证件，因此不予打开；请客户提供 JPEG 或 PNG</translation>
    </message>
    <message>
        <source>the %1 image needs %2 MB of memory to decode (%3 bits a pixel), more than the %4 MB allowed for one image</source>
        <translation>该 %1 图片解码需要 %2 MB 内存（每像素 %3 位），超过单张图片允许的 %4 MB</translation>
    </message>
    <message>
        <source>the TIFF uses old-style JPEG compression (withdrawn in 1995), which is not opened; ask the customer for a JPEG or PNG</source>
        <translation>该 TIFF 使用旧式 JPEG 压缩（1995 年已废止），不予打开；请客户提供 JPEG 或 PNG</translation>
    </message>
    <message>
        <source>the TIFF&apos;s JPEG-compressed strips or tiles share their data, which no scanner writes (it may be made to stall a reader), so it is not opened</source>
        <translation>该 TIFF 的 JPEG 压缩条带或图块共用同一段数据，扫描仪不会这样写入（可能是为拖垮读取程序而构造），因此不予打开</translation>
    </message>
    <message>
        <source>the TIFF&apos;s JPEG-compressed data is stored in more scans than any camera or scanner writes (it may be made to stall a reader), so it is not opened</source>
        <translation>该 TIFF 的 JPEG 压缩数据分成的扫描段多于任何相机或扫描仪会写入的数量（可能是为拖垮读取程序而构造），因此不予打开</translation>
    </message>
    <message>
        <source>the PDF has %1 page(s); page %2 does not exist</source>
        <translation>该 PDF 共 %1 页；第 %2 页不存在</translation>
    </message>
    <message>
        <source>the PDF is damaged (page %1 has no size)</source>
        <translation>该 PDF 已损坏（第 %1 页没有尺寸）</translation>
    </message>
    <message>
        <source>the PDF page would render at</source>
        <translation>该 PDF 页面渲染后将为</translation>
    </message>
    <message>
        <source>page %1 of the PDF could not be rendered</source>
        <translation>无法渲染该 PDF 的第 %1 页</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the PDF is damaged (its page tree refers back to itself at object %1), so it is not opened</source>
        <translation>PDF 已损坏（其页面树在对象 %1 处引用了自身），因此不打开</translation>
    </message>
    <message>
        <source>the PDF&apos;s compressed objects unpack to more than %1 MB, so it is not opened</source>
        <translation>该 PDF 的压缩对象解压后超过 %1 MB，因此不打开</translation>
    </message>
    <message>
        <source>the PDF keeps objects in a compressed form that cannot be checked before opening, so it is not opened</source>
        <translation>该 PDF 以无法在打开前检查的压缩形式保存对象，因此不打开</translation>
    </message>
    <message>
        <source>the PDF is damaged (its objects are not closed and run into each other), so it is not opened</source>
        <translation>PDF 已损坏（其对象未闭合、彼此重叠），因此不打开</translation>
    </message>
</context>
<context>
    <name>DocumentFetcher</name>
    <message>
        <source>the document server answered %1 %2 for %3</source>
        <translation>证件服务器对 %3 的应答为 %1 %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: connection refused</source>
        <translation>无法连接 %1：连接被拒绝</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>找不到主机 %1</translation>
    </message>
    <message>
        <source>the document server stopped sending data (timeout) for %1</source>
        <translation>证件服务器在发送 %1 时中断（超时）</translation>
    </message>
    <message>
        <source>the document server&apos;s compressed answer for %1 could not be unpacked (it is damaged, or unpacks to more than a document may be)</source>
        <translation>证件服务器对 %1 的压缩应答无法解压（数据已损坏，或解压后超过证件允许的大小）</translation>
    </message>
    <message>
        <source>the document server %1 could not be verified (TLS): %2</source>
        <translation>无法验证证件服务器 %1（TLS）：%2</translation>
    </message>
    <message>
        <source>the document file %1 does not exist</source>
        <translation>证件文件 %1 不存在</translation>
    </message>
    <message>
        <source>the document file %1 cannot be read (permission denied)</source>
        <translation>无法读取证件文件 %1（权限不足）</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>无法获取 %1：%2</translation>
    </message>
    <message>
        <source>the document URL is not valid: %1</source>
        <translation>证件地址无效：%1</translation>
    </message>
    <message>
        <source>documents can only be fetched from file:, http: or https: URLs, not %1:</source>
        <translation>证件只能从 file:、http: 或 https: 地址获取，不能从 %1: 获取</translation>
    </message>
    <message>
        <source>fetching %1 took longer than %2 s</source>
        <translation>获取 %1 超过了 %2 秒</translation>
    </message>
    <message>
        <source>fetching %1 was redirected more than %2 times</source>
        <translation>获取 %1 时重定向超过 %2 次</translation>
    </message>
    <message>
        <source>a document server may not redirect to a file</source>
        <translation>证件服务器不得重定向到本地文件</translation>
    </message>
    <message>
        <source>a redirect may not leave https</source>
        <translation>重定向不得离开 https</translation>
    </message>
    <message>
        <source>the redirect from %1 to %2 was refused: %3</source>
        <translation>已拒绝从 %1 到 %2 的重定向：%3</translation>
    </message>
    <message>
        <source>the document server answered %1 without a new location for %2</source>
        <translation>证件服务器对 %2 应答 %1，但没有给出新地址</translation>
    </message>
    <message>
        <source>the document is %1 MB, over the %2 MB limit</source>
        <translation>证件大小为 %1 MB，超过 %2 MB 的上限</translation>
    </message>
    <message>
        <source>the document is larger than the %1 MB limit</source>
        <translation>证件超过 %1 MB 的上限</translation>
    </message>
</context>
<context>
    <name>DocumentInspector</name>
    <message>
        <source>the %1 header cannot be read: %2</source>
        <translation>无法读取 %1 文件头：%2</translation>
    </message>
    <message>
        <source>metadata names an editing program: %1</source>
        <translation>元数据中有图片编辑软件：%1</translation>
    </message>
    <message>
        <source>detected type %1 differs from the declared %2</source>
        <translation>检测到的类型 %1 与声明的 %2 不一致</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <source>document changed since upload: its sha256 is %1, the upload recorded %2</source>
        <translation>证件文件在上传后被改动：其 sha256 为 %1，上传时记录的是 %2</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <source>document store origin &quot;%1&quot; is not an https:// (or http://) URL with a host</source>
        <translation>证件库来源“%1”不是带主机名的 https://（或 http://）地址</translation>
    </message>
    <message>
        <source>document store origin &quot;%1&quot; may only have a host, a port and a path</source>
        <translation>证件库来源“%1”只能包含主机、端口和路径</translation>
    </message>
    <message>
        <source>document store folder &quot;%1&quot; is not an absolute path</source>
        <translation>证件库文件夹“%1”不是绝对路径</translation>
    </message>
    <message>
        <source>the document URL is not valid: %1</source>
        <translation>证件地址无效：%1</translation>
    </message>
    <message>
        <source>documents can only be fetched from file:, http: or https: URLs, not %1:</source>
        <translation>证件只能从 file:、http: 或 https: 地址获取，不能从 %1: 获取</translation>
    </message>
    <message>
        <source>the document URL %1 may not carry a user name or password</source>
        <translation>证件地址 %1 不得包含用户名或密码</translation>
    </message>
    <message>
        <source>the document URL %1 is outside the document store (%2://%3:%4 is not one of its origins)</source>
        <translation>证件地址 %1 不在证件库内（%2://%3:%4 不是证件库的来源）</translation>
    </message>
    <message>
        <source>the document URL %1 has &quot;.&quot; or &quot;..&quot; segments or encoded slashes in its path</source>
        <translation>证件地址 %1 的路径中含有“.”或“..”段，或经过编码的斜杠</translation>
    </message>
    <message>
        <source>the document URL %1 is outside the document store (its path is not under %2)</source>
        <translation>证件地址 %1 不在证件库内（其路径不在 %2 之下）</translation>
    </message>
    <message>
        <source>the host %1 was not found</source>
        <translation>找不到主机 %1</translation>
    </message>
    <message>
        <source>the document host %1 is %2 (%3), which the document store does not allow (only origins configured as internal may be)</source>
        <translation>证件主机 %1 是%2（%3），证件库不允许这样的地址（只有配置为内部的来源才可以）</translation>
    </message>
    <message>
        <source>not an address</source>
        <translation>不是地址</translation>
    </message>
    <message>
        <source>an unspecified address</source>
        <translation>未指定地址</translation>
    </message>
    <message>
        <source>a loopback address</source>
        <translation>回环地址</translation>
    </message>
    <message>
        <source>a link-local address</source>
        <translation>链路本地地址</translation>
    </message>
    <message>
        <source>a private address</source>
        <translation>私有地址</translation>
    </message>
    <message>
        <source>a multicast address</source>
        <translation>组播地址</translation>
    </message>
    <message>
        <source>a reserved address</source>
        <translation>保留地址</translation>
    </message>
    <message>
        <source>the document URL %1 names another computer (%2)</source>
        <translation>证件地址 %1 指向另一台计算机（%2）</translation>
    </message>
    <message>
        <source>the document URL %1 has no absolute file path</source>
        <translation>证件地址 %1 没有绝对文件路径</translation>
    </message>
    <message>
        <source>the document file %1 is outside the document store&apos;s folders</source>
        <translation>证件文件 %1 不在证件库的文件夹内</translation>
    </message>
</context>
<context>
    <name>DocumentStoreCredentials</name>
    <message>
        <source>the document store %1 %2 cannot be read: %3</source>
        <translation>无法读取证件库的%1 %2：%3</translation>
    </message>
    <message>
        <source>the document store %1 %2 can be read by other users: make it readable by its owner only (chmod 600)</source>
        <translation>证件库的%1 %2 可被其他用户读取：请设为仅所有者可读（chmod 600）</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>the document store CA file %1 holds no PEM certificate</source>
        <translation>证件库的 CA 文件 %1 中没有 PEM 证书</translation>
    </message>
    <message>
        <source>the stored document store token holds characters a token cannot have</source>
        <translation>保存的证件库令牌含有令牌中不允许出现的字符</translation>
    </message>
    <message>
        <source>token file</source>
        <translation>令牌文件</translation>
    </message>
    <message>
        <source>the document store token file %1 does not start with a token</source>
        <translation>证件库令牌文件 %1 的开头不是令牌</translation>
    </message>
    <message>
        <source>the document store needs both a client certificate and its key</source>
        <translation>证件库需要同时提供客户端证书及其私钥</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>the document store client certificate %1 is not a PEM certificate</source>
        <translation>证件库的客户端证书 %1 不是 PEM 证书</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>客户端私钥</translation>
    </message>
    <message>
        <source>the document store client key %1 is not an unencrypted PEM private key</source>
        <translation>证件库的客户端私钥 %1 不是未加密的 PEM 私钥</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>operator #%1</source>
        <translation>坐席 #%1</translation>
    </message>
    <message>
        <source>unidentified operator</source>
        <translation>未识别的坐席</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents</source>
        <translation>证件资料</translation>
    </message>
    <message>
        <source>Show two documents side by side (C)</source>
        <translation>并排显示两份证件（C）</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>No documents uploaded.</source>
        <translation>未上传证件资料。</translation>
    </message>
    <message>
        <source>About this file</source>
        <translation>文件信息</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>上传时间</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>The folder %1 for secrets cannot be created.</source>
        <translation>无法创建存放密钥的文件夹 %1。</translation>
    </message>
    <message>
        <source>The folder %1 for secrets cannot be examined: %2</source>
        <translation>无法检查存放密钥的文件夹 %1：%2</translation>
    </message>
    <message>
        <source>The folder %1 for secrets is not a folder of yours.</source>
        <translation>存放密钥的 %1 不是属于您的文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 for secrets cannot be made private: %2</source>
        <translation>无法将存放密钥的文件夹 %1 设为仅自己可访问：%2</translation>
    </message>
    <message>
        <source>files only you can read in %1</source>
        <translation>%1 中仅您可读的文件</translation>
    </message>
    <message>
        <source>The secret file %1 cannot be examined: %2</source>
        <translation>无法检查密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>secret file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>The secret file %1 cannot be written: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The secret file %1 cannot be removed: %2</source>
        <translation>无法删除密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
    <message>
        <source>Unexpected error of unknown kind</source>
        <translation>未知类型的意外错误</translation>
    </message>
    <message>
        <source>not connected to the database</source>
        <translation>未连接数据库</translation>
    </message>
</context>
<context>
    <name>LibsecretSecretStore</name>
    <message>
        <source>the desktop&apos;s Secret Service (the keyring)</source>
        <translation>桌面的 Secret Service（密钥环）</translation>
    </message>
    <message>
        <source>The Secret Service could not be asked for the %1: %2</source>
        <translation>无法向 Secret Service 查询 %1：%2</translation>
    </message>
    <message>
        <source>The Secret Service did not store the %1: %2</source>
        <translation>Secret Service 未能保存 %1：%2</translation>
    </message>
    <message>
        <source>The Secret Service did not remove the %1: %2</source>
        <translation>Secret Service 未能删除 %1：%2</translation>
    </message>
</context>
<context>
    <name>LocalFileReader</name>
    <message>
        <source>a named pipe</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>the document file %1 does not exist</source>
        <translation>证件文件 %1 不存在</translation>
    </message>
    <message>
        <source>the document file %1 cannot be read (permission denied)</source>
        <translation>无法读取证件文件 %1（权限不足）</translation>
    </message>
    <message>
        <source>the document file %1 cannot be read: %2</source>
        <translation>无法读取证件文件 %1：%2</translation>
    </message>
    <message>
        <source>the document file %1 is not a regular file (%2)</source>
        <translation>证件文件 %1 不是普通文件（%2）</translation>
    </message>
    <message>
        <source>not a file: URL: %1</source>
        <translation>不是 file: 地址：%1</translation>
    </message>
    <message>
        <source>the document file %1 is outside the document store&apos;s folders</source>
        <translation>证件文件 %1 不在证件库的文件夹内</translation>
    </message>
    <message>
        <source>the document is %1 MB, over the %2 MB limit</source>
        <translation>证件大小为 %1 MB，超过 %2 MB 的上限</translation>
    </message>
    <message>
        <source>the document is larger than the %1 MB limit</source>
        <translation>证件超过 %1 MB 的上限</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to ReissueDesk</source>
        <translation>登录补卡审核台</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ReissueDesk</source>
        <translation>补卡审核台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Next application</source>
        <translation>下一条申请(&amp;N)</translation>
    </message>
    <message>
        <source>Claim the most urgent pending application and open it (Ctrl+N; N in the queue)</source>
        <translation>领取最紧急的待审申请并打开（Ctrl+N；在队列中按 N）</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Back to queue</source>
        <translation>返回队列(&amp;B)</translation>
    </message>
    <message>
        <source>Give the application back and return to the queue (Esc)</source>
        <translation>释放这条申请并返回队列（Esc）</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Auto-advance to the next application</source>
        <translation>自动进入下一条申请(&amp;A)</translation>
    </message>
    <message>
        <source>After a decision, claim and open the next application instead of going back to the queue</source>
        <translation>做出决定后，自动领取并打开下一条申请，而不是返回队列</translation>
    </message>
    <message>
        <source>&amp;About ReissueDesk</source>
        <translation>关于补卡审核台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageSupervision</name>
    <message>
        <source>reading the customer messages that were not delivered</source>
        <translation>读取未送达的客户消息</translation>
    </message>
    <message>
        <source>reading customer message %1</source>
        <translation>读取客户消息 %1</translation>
    </message>
    <message>
        <source>changing customer message %1</source>
        <translation>修改客户消息 %1</translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation>写入审计日志</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>reading the schema version</source>
        <translation>读取数据库结构版本</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, but this ReissueDesk only knows versions up to %3: install the newer ReissueDesk that wrote it</source>
        <translation>数据库 %1 的结构版本为 %2，而本 ReissueDesk 只支持到版本 %3：请安装写入该数据库的较新版 ReissueDesk</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2 but version %3 is needed: run reissuedesk-admin migrate</source>
        <translation>数据库 %1 的结构版本为 %2，需要版本 %3：请运行 reissuedesk-admin migrate</translation>
    </message>
    <message>
        <source>reading applied migrations</source>
        <translation>读取已执行的迁移</translation>
    </message>
    <message>
        <source>migration %1 recorded in %2 differs from the one this program ships; the schema was changed by hand or by a different build</source>
        <translation>%2 中记录的迁移 %1 与本程序自带的不同；数据库结构被手工修改过，或由其他构建版本写入</translation>
    </message>
    <message>
        <source>waiting for other migrations</source>
        <translation>等待其他迁移完成</translation>
    </message>
    <message>
        <source>creating schema_migrations</source>
        <translation>创建 schema_migrations 表</translation>
    </message>
    <message>
        <source>applying migration %1</source>
        <translation>执行迁移 %1</translation>
    </message>
    <message>
        <source>recording migration %1</source>
        <translation>记录迁移 %1</translation>
    </message>
</context>
<context>
    <name>NotificationDispatcher</name>
    <message>
        <source>%1 failed: the database cannot be reached; reconnecting in %2 s</source>
        <translation>%1失败：无法连接数据库；%2 秒后重新连接</translation>
    </message>
</context>
<context>
    <name>OperatorAccounts</name>
    <message>
        <source>the display name must be 1 to %1 characters of printable text (no control or invisible characters)</source>
        <translation>显示名称必须是 1 到 %1 个可打印字符（不能含控制字符或不可见字符）</translation>
    </message>
    <message>
        <source>the PostgreSQL connection has no libpq handle (%1)</source>
        <translation>PostgreSQL 连接没有 libpq 句柄（%1）</translation>
    </message>
    <message>
        <source>looking up operator %1</source>
        <translation>查找坐席 %1</translation>
    </message>
    <message>
        <source>the password could not be hashed for PostgreSQL: %1</source>
        <translation>无法为 PostgreSQL 计算密码散列：%1</translation>
    </message>
    <message>
        <source>libpq returned an unexpected password verifier</source>
        <translation>libpq 返回了意外的密码校验值</translation>
    </message>
    <message>
        <source>the password must be at least %1 characters long</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>looking for the role %1</source>
        <translation>查找数据库角色 %1</translation>
    </message>
    <message>
        <source>a database role named %1 already exists on this server; choose another login, or drop that role if it is not in use</source>
        <translation>此服务器上已有名为 %1 的数据库角色；请换一个登录名，或在该角色不再使用时将其删除</translation>
    </message>
    <message>
        <source>the group role %1 does not exist: run reissuedesk-admin migrate first</source>
        <translation>组角色 %1 不存在：请先运行 reissuedesk-admin migrate</translation>
    </message>
    <message>
        <source>creating the database role %1</source>
        <translation>创建数据库角色 %1</translation>
    </message>
    <message>
        <source>granting %1 to %2</source>
        <translation>将 %1 授予 %2</translation>
    </message>
    <message>
        <source>adding operator %1</source>
        <translation>添加坐席 %1</translation>
    </message>
    <message>
        <source>adding operator %1 returned no id</source>
        <translation>添加坐席 %1 时未返回编号</translation>
    </message>
    <message>
        <source>there is no operator with the login %1</source>
        <translation>没有登录名为 %1 的坐席</translation>
    </message>
    <message>
        <source>setting the password of the role %1</source>
        <translation>设置数据库角色 %1 的密码</translation>
    </message>
    <message>
        <source>setting the password of operator %1</source>
        <translation>设置坐席 %1 的密码</translation>
    </message>
    <message>
        <source>taking the login from the role %1</source>
        <translation>取消数据库角色 %1 的登录权限</translation>
    </message>
    <message>
        <source>disabling operator %1</source>
        <translation>停用坐席 %1</translation>
    </message>
</context>
<context>
    <name>OperatorAudit</name>
    <message>
        <source>recording %1 in the audit log</source>
        <translation>在审计日志中记录 %1</translation>
    </message>
</context>
<context>
    <name>OperatorLogin</name>
    <message>
        <source>The login or the password is wrong (%1 more attempts before this login is locked for %2 minutes).</source>
        <translation>登录名或密码错误（再错 %1 次，此登录名将被锁定 %2 分钟）。</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>This login is locked after %1 wrong passwords in a row; try again after %2.</source>
        <translation>此登录名因连续 %1 次密码错误已被锁定；请在 %2 之后再试。</translation>
    </message>
    <message>
        <source>This login has been disabled; ask a supervisor.</source>
        <translation>此登录名已被停用；请联系主管。</translation>
    </message>
    <message>
        <source>This login has no password yet; ask an administrator to set one.</source>
        <translation>此登录名尚未设置密码；请联系管理员设置。</translation>
    </message>
    <message>
        <source>looking up operator %1</source>
        <translation>查找坐席 %1</translation>
    </message>
    <message>
        <source>counting a failed login</source>
        <translation>记录一次登录失败</translation>
    </message>
    <message>
        <source>locking a login</source>
        <translation>锁定登录名</translation>
    </message>
    <message>
        <source>clearing failed logins</source>
        <translation>清除登录失败记录</translation>
    </message>
    <message>
        <source>looking up the operator of this session</source>
        <translation>查找本会话的坐席</translation>
    </message>
</context>
<context>
    <name>OperatorRepository</name>
    <message>
        <source>adding operator %1</source>
        <translation>添加坐席 %1</translation>
    </message>
    <message>
        <source>looking up operator %1</source>
        <translation>查找坐席 %1</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>claiming due notifications</source>
        <translation>领取待发送的通知</translation>
    </message>
    <message>
        <source>finding due notifications</source>
        <translation>查找待发送的通知</translation>
    </message>
    <message>
        <source>claiming a notification</source>
        <translation>领取通知</translation>
    </message>
    <message>
        <source>recording the gateway&apos;s answers</source>
        <translation>记录网关的应答</translation>
    </message>
    <message>
        <source>recording a sent notification</source>
        <translation>记录已发送的通知</translation>
    </message>
    <message>
        <source>recording a notification to retry</source>
        <translation>记录待重试的通知</translation>
    </message>
    <message>
        <source>dead-lettering a notification</source>
        <translation>将通知转入死信</translation>
    </message>
    <message>
        <source>returning a notification to the queue</source>
        <translation>将通知放回队列</translation>
    </message>
</context>
<context>
    <name>PdfSandbox</name>
    <message>
        <source>PDFs cannot be opened here: the PDF reader (reissuedesk-pdf-worker) is not installed with this program</source>
        <translation>此处无法打开 PDF：PDF 阅读程序（reissuedesk-pdf-worker）未随本程序安装</translation>
    </message>
    <message>
        <source>PDFs cannot be opened here: no memory for the PDF reader&apos;s files (%1)</source>
        <translation>此处无法打开 PDF：没有内存可供 PDF 阅读程序的文件使用（%1）</translation>
    </message>
    <message>
        <source>PDFs cannot be opened here: the PDF reader (%1) could not be started: %2</source>
        <translation>此处无法打开 PDF：PDF 阅读程序（%1）无法启动：%2</translation>
    </message>
    <message>
        <source>the PDF was not opened: it is no longer wanted</source>
        <translation>未打开该 PDF：已不再需要</translation>
    </message>
    <message>
        <source>the PDF reader stopped on this file (it crashed), so it is not opened</source>
        <translation>PDF 阅读程序在处理此文件时中止（崩溃），因此不打开</translation>
    </message>
    <message>
        <source>the PDF reader failed (exit code %1): %2</source>
        <translation>PDF 阅读程序出错（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>the PDF reader gave an answer that could not be read, so the PDF is not opened</source>
        <translation>PDF 阅读程序返回的结果无法读取，因此不打开该 PDF</translation>
    </message>
    <message>
        <source>the PDF could not be opened within %1 s and was stopped (it may be damaged or made to stall a reader), so it is not opened</source>
        <translation>PDF 未能在 %1 秒内打开，已被终止（文件可能已损坏，或被刻意构造以使阅读程序卡住），因此不打开</translation>
    </message>
    <message>
        <source>the PDF needed more than %1 MB of memory to open and was stopped (it may be made to exhaust memory), so it is not opened</source>
        <translation>打开此 PDF 需要超过 %1 MB 内存，已被终止（文件可能被构造成耗尽内存），因此不打开</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>显示命令行选项的帮助。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>显示帮助，包括 Qt 特有的选项。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>未知选项：%1。</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>“%1”后面缺少取值。</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>“%1”后面不应有取值。</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <source>overdue 23 h 59 min</source>
        <translation>逾期 23 小时 59 分</translation>
    </message>
    <message>
        <source>Second review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Search: application number, phone, name or last 4 card digits</source>
        <translation>搜索：申请编号、电话、姓名或卡号后 4 位</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>视图：</translation>
    </message>
    <message>
        <source>Every application still waiting for a decision</source>
        <translation>所有尚待决定的申请</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>全部待办</translation>
    </message>
    <message>
        <source>Open applications past their 24-hour deadline</source>
        <translation>已超过 24 小时时限的待办申请</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open applications for cards bought through an agent</source>
        <translation>通过代理商购卡的待办申请</translation>
    </message>
    <message>
        <source>Agent sales</source>
        <translation>代理商销售</translation>
    </message>
    <message>
        <source>Applications I am holding</source>
        <translation>我正在处理的申请</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Open applications with at least one risk flag</source>
        <translation>至少有一个风险标记的待办申请</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>有风险标记</translation>
    </message>
    <message>
        <source>Which statuses to show</source>
        <translation>显示哪些状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason for the replacement</source>
        <translation>补卡原因</translation>
    </message>
    <message>
        <source>Where the card was bought</source>
        <translation>购卡渠道</translation>
    </message>
    <message>
        <source>Only applications past their deadline</source>
        <translation>只显示已过截止时间的申请</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>Only applications I have claimed</source>
        <translation>只显示我已领取的申请</translation>
    </message>
    <message>
        <source>Held by me</source>
        <translation>我处理中</translation>
    </message>
    <message>
        <source>Only applications with a risk flag</source>
        <translation>只显示有风险标记的申请</translation>
    </message>
    <message>
        <source>Flagged only</source>
        <translation>仅有风险标记</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Submitted on or after this day (&quot;any&quot;: no limit)</source>
        <translation>在此日期当天或之后提交（“不限”：无限制）</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Submitted on or before this day (&quot;any&quot;: no limit)</source>
        <translation>在此日期当天或之前提交（“不限”：无限制）</translation>
    </message>
    <message>
        <source>Back to the default filters (keeps the search)</source>
        <translation>恢复默认筛选（保留搜索内容）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>QueueRepository</name>
    <message>
        <source>reading the queue</source>
        <translation>读取队列</translation>
    </message>
    <message>
        <source>reading application %1</source>
        <translation>读取申请 %1</translation>
    </message>
    <message>
        <source>reading the documents of application %1</source>
        <translation>读取申请 %1 的证件资料</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>&amp;Reasons (keys 1–9 tick and untick them)</source>
        <translation>驳回原因(&amp;R)（按 1–9 键勾选或取消）</translation>
    </message>
    <message>
        <source>&amp;Message to the customer (what to fix; edit as needed)</source>
        <translation>给客户的消息(&amp;M)（需要补正的内容；可按需修改）</translation>
    </message>
    <message>
        <source>The customer may apply &amp;again after fixing this</source>
        <translation>客户补正后可以重新申请(&amp;A)</translation>
    </message>
    <message>
        <source>Internal &amp;note (never sent to the customer)</source>
        <translation>内部备注(&amp;N)（不会发送给客户）</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>0–6 h</source>
        <translation>0–6 小时</translation>
    </message>
    <message>
        <source>6–12 h</source>
        <translation>6–12 小时</translation>
    </message>
    <message>
        <source>12–24 h</source>
        <translation>12–24 小时</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>counting the applications received</source>
        <translation>统计收到的申请</translation>
    </message>
    <message>
        <source>counting the decisions</source>
        <translation>统计审核决定</translation>
    </message>
    <message>
        <source>measuring the time from submission to decision</source>
        <translation>计算从提交到决定的用时</translation>
    </message>
    <message>
        <source>measuring the time from claim to decision</source>
        <translation>计算从领取到决定的用时</translation>
    </message>
    <message>
        <source>counting the backlog by age</source>
        <translation>按等待时长统计积压</translation>
    </message>
    <message>
        <source>counting the rejection reasons</source>
        <translation>统计驳回原因</translation>
    </message>
    <message>
        <source>counting the second reviews asked</source>
        <translation>统计发起的复核</translation>
    </message>
    <message>
        <source>measuring the handling time per operator</source>
        <translation>计算每位坐席的处理用时</translation>
    </message>
    <message>
        <source>reading the operators&apos; names</source>
        <translation>读取坐席姓名</translation>
    </message>
    <message>
        <source>counting the second reviews waiting</source>
        <translation>统计等待中的复核</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export this table as CSV…</source>
        <translation>将此表导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
</context>
<context>
    <name>ReviewChecks</name>
    <message>
        <source>Account holder</source>
        <translation>机主</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Old card</source>
        <translation>原卡</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>必需资料</translation>
    </message>
    <message>
        <source>Reused document</source>
        <translation>资料重复使用</translation>
    </message>
    <message>
        <source>Repeat replacement</source>
        <translation>重复补卡</translation>
    </message>
    <message>
        <source>Shipping address</source>
        <translation>寄送地址</translation>
    </message>
    <message>
        <source>Special-service fee</source>
        <translation>特殊服务费</translation>
    </message>
    <message>
        <source>Applicant %1 (%2) is not the account holder %3 (%4): suspected proxy application</source>
        <translation>申请人 %1（%2）不是机主 %3（%4）：疑似代办</translation>
    </message>
    <message>
        <source>Applicant %1 (%2) is the holder of account %3</source>
        <translation>申请人 %1（%2）是账户 %3 的机主</translation>
    </message>
    <message>
        <source>Applicant %1 (%2) has the holder&apos;s name but another valid ID number (holder: %3): suspected proxy application</source>
        <translation>申请人 %1（%2）与机主同名，但身份证号是另一个有效号码（机主：%3）：疑似代办</translation>
    </message>
    <message>
        <source>ID number differs from the holder&apos;s, probably a typo: %1 (not valid) instead of %2</source>
        <translation>身份证号与机主不一致，可能是输入错误：%1（无效），应为 %2</translation>
    </message>
    <message>
        <source>Valid; born %1</source>
        <translation>有效；出生日期 %1</translation>
    </message>
    <message>
        <source>ID card expired on %1</source>
        <translation>身份证已于 %1 过期</translation>
    </message>
    <message>
        <source>Valid; born %1; the ID card expires on %2, within %3 days</source>
        <translation>有效；出生日期 %1；身份证将于 %2 到期，不足 %3 天</translation>
    </message>
    <message>
        <source>Valid; born %1; ID card valid until %2</source>
        <translation>有效；出生日期 %1；身份证有效期至 %2</translation>
    </message>
    <message>
        <source>Old card number not given: ask the customer for it</source>
        <translation>未提供原卡号：请向客户询问</translation>
    </message>
    <message>
        <source>Old card number is invalid: %1</source>
        <translation>原卡号无效：%1</translation>
    </message>
    <message>
        <source>ICCID %1 is not registered on account %2</source>
        <translation>ICCID %1 未登记在账户 %2 下</translation>
    </message>
    <message>
        <source>Mobile number %1 is not registered on account %2</source>
        <translation>手机号 %1 未登记在账户 %2 下</translation>
    </message>
    <message>
        <source>ICCID %1 is registered on account %2</source>
        <translation>ICCID %1 登记在账户 %2 下</translation>
    </message>
    <message>
        <source>Mobile number %1 is registered on account %2</source>
        <translation>手机号 %1 登记在账户 %2 下</translation>
    </message>
    <message>
        <source>Contact phone is invalid: %1</source>
        <translation>联系电话无效：%1</translation>
    </message>
    <message>
        <source>The contact phone %1 is the lost card&apos;s number: the customer cannot receive our SMS; use e-mail or call</source>
        <translation>联系电话 %1 就是丢失卡的号码：客户收不到我们的短信；请改用电子邮件或致电</translation>
    </message>
    <message>
        <source>SMS goes to %1</source>
        <translation>短信发送至 %1</translation>
    </message>
    <message>
        <source>ID front</source>
        <translation>身份证正面</translation>
    </message>
    <message>
        <source>ID back</source>
        <translation>身份证背面</translation>
    </message>
    <message>
        <source>purchase voucher</source>
        <translation>购卡凭证</translation>
    </message>
    <message>
        <source>other document</source>
        <translation>其他资料</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>All present: %1</source>
        <translation>齐全：%1</translation>
    </message>
    <message>
        <source>No document was also uploaded for another account</source>
        <translation>没有资料曾为其他账户上传</translation>
    </message>
    <message>
        <source>1 document was also uploaded for another account&apos;s application</source>
        <translation>有 1 份资料也曾上传到其他账户的申请中</translation>
    </message>
    <message>
        <source>%1 documents were also uploaded for other accounts&apos; applications</source>
        <translation>有 %1 份资料也曾上传到其他账户的申请中</translation>
    </message>
    <message>
        <source>%1: %2 and %3 more</source>
        <translation>%1：%2 等另外 %3 条</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No other replacement on this account in the 90 days before this one</source>
        <translation>此前 90 天内该账户没有其他补卡</translation>
    </message>
    <message>
        <source>%1 replacements on this account within 90 days, counting this one</source>
        <translation>该账户 90 天内共 %1 次补卡（含本次）</translation>
    </message>
    <message>
        <source>No shipping address given</source>
        <translation>未提供寄送地址</translation>
    </message>
    <message>
        <source>Shipping to the account address</source>
        <translation>寄往账户地址</translation>
    </message>
    <message>
        <source>Shipping to %1; the account has no address on file</source>
        <translation>寄往 %1；账户没有登记地址</translation>
    </message>
    <message>
        <source>Shipping to %1 instead of the account address %2</source>
        <translation>寄往 %1，而不是账户地址 %2</translation>
    </message>
    <message>
        <source>Special-service fee is negative (%1)</source>
        <translation>特殊服务费为负数（%1）</translation>
    </message>
    <message>
        <source>Special-service fee %1 due before shipping</source>
        <translation>寄出前需支付特殊服务费 %1</translation>
    </message>
    <message>
        <source>Free replacement</source>
        <translation>免费补卡</translation>
    </message>
    <message>
        <source>Number on the ID card</source>
        <translation>身份证上的号码</translation>
    </message>
    <message>
        <source>Name on the ID card</source>
        <translation>身份证上的姓名</translation>
    </message>
    <message>
        <source>ID card validity</source>
        <translation>身份证有效期</translation>
    </message>
    <message>
        <source>ID front and back</source>
        <translation>身份证正反面</translation>
    </message>
    <message>
        <source>No %1 uploaded: nothing to read</source>
        <translation>未上传%1：没有可识别的内容</translation>
    </message>
    <message>
        <source>The %1 is not read yet: compare by eye</source>
        <translation>%1尚未识别：请人工核对</translation>
    </message>
    <message>
        <source>Could not read the %1 (%2): compare by eye</source>
        <translation>无法识别%1（%2）：请人工核对</translation>
    </message>
    <message>
        <source>The number on the ID front could not be read: compare by eye</source>
        <translation>无法识别身份证正面的号码：请人工核对</translation>
    </message>
    <message>
        <source>The card says %1, as the form does</source>
        <translation>证件上为 %1，与申请表一致</translation>
    </message>
    <message>
        <source>The card says %1, the form says %2 (they differ from digit %3)</source>
        <translation>证件上为 %1，申请表为 %2（从第 %3 位起不同）</translation>
    </message>
    <message>
        <source>The name on the ID front could not be read: compare by eye</source>
        <translation>无法识别身份证正面的姓名：请人工核对</translation>
    </message>
    <message>
        <source>The card seems to say %1, the form says %2: names are read less surely than numbers, compare by eye</source>
        <translation>证件上似乎为 %1，申请表为 %2：姓名的识别不如号码可靠，请人工核对</translation>
    </message>
    <message>
        <source>The validity on the ID back could not be read: compare by eye</source>
        <translation>无法识别身份证背面的有效期：请人工核对</translation>
    </message>
    <message>
        <source>Valid long-term (长期)</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>The card expired on %1, before the application was submitted on %2</source>
        <translation>证件已于 %1 过期，早于申请提交日 %2</translation>
    </message>
    <message>
        <source>Valid until %1; the application was submitted on %2</source>
        <translation>有效期至 %1；申请提交于 %2</translation>
    </message>
    <message>
        <source>The ID front and back look swapped or duplicated: check that both sides of one card were uploaded</source>
        <translation>身份证正反面似乎颠倒或重复：请确认上传的是同一张证件的两面</translation>
    </message>
    <message>
        <source>Not enough was read to tell whether the front and back are of one card: compare by eye</source>
        <translation>识别的内容不足以判断正反面是否属于同一张证件：请人工核对</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>The back&apos;s validity (%1 from %2) fits a card issued at age %3</source>
        <translation>背面的有效期（自 %2 起 %1）与 %3 岁时签发的证件相符</translation>
    </message>
    <message>
        <source>The back&apos;s validity (%1 from %2) does not fit the front&apos;s birth date: a card issued at age %3 is valid %4. Are both sides of the same card?</source>
        <translation>背面的有效期（自 %2 起 %1）与正面的出生日期不符：%3 岁时签发的证件有效期为 %4。两面是否属于同一张证件？</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>ReviewContextRepository</name>
    <message>
        <source>reading the cards of account %1</source>
        <translation>读取账户 %1 的卡</translation>
    </message>
    <message>
        <source>reading the ID card&apos;s expiry of application %1</source>
        <translation>读取申请 %1 的身份证有效期</translation>
    </message>
    <message>
        <source>looking for reused documents of application %1</source>
        <translation>查找申请 %1 重复使用的证件</translation>
    </message>
    <message>
        <source>reading the applications sharing documents with %1</source>
        <translation>读取与 %1 共用证件的申请</translation>
    </message>
    <message>
        <source>counting earlier replacements for application %1</source>
        <translation>统计申请 %1 之前的补卡次数</translation>
    </message>
    <message>
        <source>reading the facts the checks judge for application %1</source>
        <translation>读取申请 %1 供核查使用的信息</translation>
    </message>
    <message>
        <source>reading the cards and documents of application %1</source>
        <translation>读取申请 %1 的卡和证件资料</translation>
    </message>
    <message>
        <source>reading the decision reasons of account %1</source>
        <translation>读取账户 %1 的审核原因</translation>
    </message>
    <message>
        <source>reading the history of account %1</source>
        <translation>读取账户 %1 的历史记录</translation>
    </message>
    <message>
        <source>reading the audit log of application %1</source>
        <translation>读取申请 %1 的审计日志</translation>
    </message>
    <message>
        <source>reading the reject reasons</source>
        <translation>读取驳回原因</translation>
    </message>
    <message>
        <source>reading holidays</source>
        <translation>读取节假日</translation>
    </message>
    <message>
        <source>reading the approval of application %1 waiting for a second review</source>
        <translation>读取申请 %1 等待复核的通过决定</translation>
    </message>
    <message>
        <source>reading the customer messages of application %1</source>
        <translation>读取申请 %1 的客户消息</translation>
    </message>
</context>
<context>
    <name>ReviewPolicy</name>
    <message>
        <source>The applicant is not the account holder: replacement cards are never issued on someone else&apos;s behalf, so this application can only be rejected as &quot;not the account holder&quot;.</source>
        <translation>申请人不是机主：补卡绝不代他人办理，因此此申请只能以“申请人非账户实名持有人”为由驳回。</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>writing the audit log</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <source>the application is no longer in review (it is %1); nothing was recorded</source>
        <translation>该申请已不在审核中（当前为 %1）；未记录任何内容</translation>
    </message>
    <message>
        <source>your claim expired and the application went back to the queue; nothing was recorded</source>
        <translation>您的领取已过期，申请已回到队列；未记录任何内容</translation>
    </message>
    <message>
        <source>your claim expired and %1 is reviewing it now; nothing was recorded</source>
        <translation>您的领取已过期，%1 正在审核该申请；未记录任何内容</translation>
    </message>
    <message>
        <source>returning expired claims to the queue</source>
        <translation>将过期的领取放回队列</translation>
    </message>
    <message>
        <source>claiming the next application</source>
        <translation>领取下一个申请</translation>
    </message>
    <message>
        <source>claiming application %1</source>
        <translation>领取申请 %1</translation>
    </message>
    <message>
        <source>reading application %1</source>
        <translation>读取申请 %1</translation>
    </message>
    <message>
        <source>application %1 does not exist</source>
        <translation>申请 %1 不存在</translation>
    </message>
    <message>
        <source>renewing the claim on application %1</source>
        <translation>续期申请 %1 的领取</translation>
    </message>
    <message>
        <source>bounding the release</source>
        <translation>限定释放范围</translation>
    </message>
    <message>
        <source>releasing application %1</source>
        <translation>释放申请 %1</translation>
    </message>
    <message>
        <source>giving back application %1</source>
        <translation>交还申请 %1</translation>
    </message>
    <message>
        <source>recording the skip of application %1</source>
        <translation>记录跳过申请 %1</translation>
    </message>
    <message>
        <source>forgetting ended skips</source>
        <translation>清除已结束的跳过记录</translation>
    </message>
    <message>
        <source>reading holidays</source>
        <translation>读取节假日</translation>
    </message>
    <message>
        <source>looking up the decision</source>
        <translation>查找审核决定</translation>
    </message>
    <message>
        <source>your claim expired; open the application again to claim it; nothing was recorded</source>
        <translation>您的领取已过期；请重新打开申请以领取；未记录任何内容</translation>
    </message>
    <message>
        <source>reading application %1: it vanished</source>
        <translation>读取申请 %1：该申请已不存在</translation>
    </message>
    <message>
        <source>the applicant is not the account holder: reject with the reason &quot;not the account holder&quot; and without resubmission; nothing was recorded</source>
        <translation>申请人不是机主：请以“非机主本人”为原因驳回，且不允许重新提交；未记录任何内容</translation>
    </message>
    <message>
        <source>the application has no e-mail address, so the customer cannot be told by e-mail instead of SMS; nothing was recorded</source>
        <translation>该申请没有电子邮箱地址，无法改用电子邮件通知客户；未记录任何内容</translation>
    </message>
    <message>
        <source>recording the decision</source>
        <translation>记录审核决定</translation>
    </message>
    <message>
        <source>the application changed meanwhile</source>
        <translation>申请在此期间已被修改</translation>
    </message>
    <message>
        <source>recording the decision: no id returned</source>
        <translation>记录审核决定：未返回编号</translation>
    </message>
    <message>
        <source>creating the shipment</source>
        <translation>创建发货记录</translation>
    </message>
    <message>
        <source>%1 holds this application now; nothing was recorded</source>
        <translation>%1 现在持有该申请；未记录任何内容</translation>
    </message>
    <message>
        <source>application %1 has no decision waiting for a second review</source>
        <translation>申请 %1 没有等待复核的决定</translation>
    </message>
    <message>
        <source>checking for a repeated confirmation</source>
        <translation>检查是否重复确认</translation>
    </message>
    <message>
        <source>the application is not waiting for a second review (it is %1)</source>
        <translation>该申请不在等待复核（当前为 %1）</translation>
    </message>
    <message>
        <source>the second review must be done by someone other than the first reviewer</source>
        <translation>复核必须由初审以外的人完成</translation>
    </message>
    <message>
        <source>claim the application before confirming it</source>
        <translation>请先领取申请，再确认</translation>
    </message>
    <message>
        <source>confirming the approval</source>
        <translation>确认通过</translation>
    </message>
    <message>
        <source>sending back to review</source>
        <translation>退回重新审核</translation>
    </message>
    <message>
        <source>looking for expired claims</source>
        <translation>查找已过期的领取</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <source>Pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Second review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>ID card, front</source>
        <translation>身份证正面</translation>
    </message>
    <message>
        <source>ID card, back</source>
        <translation>身份证背面</translation>
    </message>
    <message>
        <source>Purchase voucher</source>
        <translation>购卡凭证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他资料</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直营</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Given back</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Claim expired</source>
        <translation>领取已过期</translation>
    </message>
    <message>
        <source>Approved, awaiting a second reviewer</source>
        <translation>已通过，等待复核</translation>
    </message>
    <message>
        <source>Approval confirmed (four eyes)</source>
        <translation>通过已确认（双人复核）</translation>
    </message>
    <message>
        <source>Sent back for review</source>
        <translation>已退回重审</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Document viewed</source>
        <translation>已查看证件</translation>
    </message>
    <message>
        <source>Personal data shown</source>
        <translation>已显示个人信息</translation>
    </message>
    <message>
        <source>Customer message retried</source>
        <translation>客户消息已重发</translation>
    </message>
    <message>
        <source>Customer message cancelled</source>
        <translation>客户消息已取消</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Second review pending</source>
        <translation>复核待处理</translation>
    </message>
    <message>
        <source>Reassigned by a supervisor</source>
        <translation>已由主管改派</translation>
    </message>
    <message>
        <source>Given back by a supervisor</source>
        <translation>已由主管释放</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Login locked</source>
        <translation>登录名已锁定</translation>
    </message>
    <message>
        <source>Desk locked</source>
        <translation>坐席台已锁定</translation>
    </message>
    <message>
        <source>Desk unlocked</source>
        <translation>坐席台已解锁</translation>
    </message>
    <message>
        <source>Operator added</source>
        <translation>已添加坐席</translation>
    </message>
    <message>
        <source>Operator disabled</source>
        <translation>已停用坐席</translation>
    </message>
    <message>
        <source>Operator enabled</source>
        <translation>已启用坐席</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>已设置密码</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>已修改角色</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>已修改设置</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>已导出审计日志</translation>
    </message>
</context>
<context>
    <name>SecondReviewReminders</name>
    <message>
        <source>finding applications whose second review outlasts the promise</source>
        <translation>查找复核超出承诺时限的申请</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>An empty secret cannot be stored; remove it instead.</source>
        <translation>不能保存空的密钥；请改为删除它。</translation>
    </message>
    <message>
        <source>A secret must be one line without control characters.</source>
        <translation>密钥必须是一行，且不含控制字符。</translation>
    </message>
</context>
<context>
    <name>SettingsDraft</name>
    <message>
        <source>The database URL holds a password: remove it from the URL and type it in the password field, which keeps it out of the settings file.</source>
        <translation>数据库 URL 中含有密码：请从 URL 中删去，并在密码栏中输入，这样它不会写入设置文件。</translation>
    </message>
    <message>
        <source>An SQLite database has no password; operators log in to it instead.</source>
        <translation>SQLite 数据库没有密码；坐席改为登录。</translation>
    </message>
    <message>
        <source>The database URL is not valid: %1</source>
        <translation>数据库 URL 无效：%1</translation>
    </message>
    <message>
        <source>Document store: %1</source>
        <translation>文档存储：%1</translation>
    </message>
    <message>
        <source>The document store needs both a client certificate and its key, or neither.</source>
        <translation>文档存储需要同时提供客户端证书及其私钥，或两者都不提供。</translation>
    </message>
    <message>
        <source>The gateway URL cannot be used: %1</source>
        <translation>网关 URL 无法使用：%1</translation>
    </message>
    <message>
        <source>The lease must last between %1 and %2 minutes.</source>
        <translation>租期必须在 %1 到 %2 分钟之间。</translation>
    </message>
    <message>
        <source>The idle lock must come after at most %1 minutes (0: never).</source>
        <translation>空闲锁定最多在 %1 分钟后生效（0：从不）。</translation>
    </message>
    <message>
        <source>The language &quot;%1&quot; is not offered.</source>
        <translation>不提供语言“%1”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>Gateway token</source>
        <translation>网关令牌</translation>
    </message>
    <message>
        <source>Document store token</source>
        <translation>文档存储令牌</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>preparing a statement</source>
        <translation>准备 SQL 语句</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>configuring the connection (%1)</source>
        <translation>配置连接（%1）</translation>
    </message>
</context>
<context>
    <name>SqliteLocation</name>
    <message>
        <source>%1 is on a network filesystem (%2). SQLite&apos;s file locking is not reliable on network filesystems, so two desks could corrupt the database: keep the file on a local disk, or let several desks share a PostgreSQL server.</source>
        <translation>%1 位于网络文件系统（%2）上。SQLite 的文件锁在网络文件系统上不可靠，两个坐席同时使用可能损坏数据库：请把文件放在本地磁盘上，或让多个坐席共用一台 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>%1 is a folder, not an SQLite database file.</source>
        <translation>%1 是文件夹，不是 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>There is no database file at %1. Check the path; a new database is created only by reissuedesk-admin migrate.</source>
        <translation>%1 处没有数据库文件。请检查路径；新数据库只能由 reissuedesk-admin migrate 创建。</translation>
    </message>
    <message>
        <source>The folder %1 for the database file cannot be created: %2 is not a writable folder.</source>
        <translation>无法为数据库文件创建文件夹 %1：%2 不是可写的文件夹。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be created: the folder %2 is read-only.</source>
        <translation>无法创建数据库文件 %1：文件夹 %2 是只读的。</translation>
    </message>
    <message>
        <source>The database file %1 is read-only: ReissueDesk needs to write to it. Check its owner and permissions.</source>
        <translation>数据库文件 %1 是只读的：ReissueDesk 需要写入它。请检查其所有者和权限。</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: SQLite keeps its write-ahead log (%2-wal and %2-shm) beside the database file, so the database cannot be used there. Make the folder writable or move the file to a writable folder.</source>
        <translation>文件夹 %1 是只读的：SQLite 把预写日志（%2-wal 和 %2-shm）放在数据库文件旁边，因此无法在那里使用该数据库。请让该文件夹可写，或把文件移到可写的文件夹。</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>unknown database error</source>
        <translation>未知的数据库错误</translation>
    </message>
    <message>
        <source>The database cannot be reached right now.</source>
        <translation>暂时无法连接数据库。</translation>
    </message>
    <message>
        <source>The database could not do this right now. Try again; if it keeps happening, tell an administrator.</source>
        <translation>数据库暂时无法完成此操作。请重试；如果一直出现，请告知管理员。</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>H&amp;eld</source>
        <translation>处理中(&amp;E)</translation>
    </message>
    <message>
        <source>Reaso&amp;n:</source>
        <translation>原因(&amp;N)：</translation>
    </message>
    <message>
        <source>why (kept in the audit log)</source>
        <translation>原因（记入审计日志）</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>释放(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>转给(&amp;T)：</translation>
    </message>
    <message>
        <source>Re&amp;assign</source>
        <translation>改派(&amp;A)</translation>
    </message>
    <message>
        <source>Second-review &amp;queue</source>
        <translation>复核队列(&amp;Q)</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <source>Application n&amp;umber:</source>
        <translation>申请编号(&amp;U)：</translation>
    </message>
    <message>
        <source>BK20261124-000123</source>
        <translation>BK20261124-000123</translation>
    </message>
    <message>
        <source>Reopen for a new review round</source>
        <translation>重新打开，进入新一轮审核</translation>
    </message>
    <message>
        <source>O&amp;perators</source>
        <translation>坐席(&amp;P)</translation>
    </message>
    <message>
        <source>Change ro&amp;le</source>
        <translation>更改角色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Customer &amp;messages</source>
        <translation>客户消息(&amp;M)</translation>
    </message>
    <message>
        <source>Messages the gateway did not take: given up, or trying for over an hour or three attempts. Newest problem first; Shift or Ctrl selects several.</source>
        <translation>网关未接收的消息：已放弃，或重试超过一小时或三次。最新的问题排在最前；按住 Shift 或 Ctrl 可多选。</translation>
    </message>
    <message>
        <source>&amp;Retry… (Ctrl+R)</source>
        <translation>重发(&amp;R)…（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Cancel messages… (Del)</source>
        <translation>取消消息(&amp;C)…（Del）</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
</context>
<context>
    <name>SupervisorService</name>
    <message>
        <source>writing the audit log</source>
        <translation>写入审计日志</translation>
    </message>
    <message>
        <source>Please type a reason: it is kept in the audit log.</source>
        <translation>请填写原因：它会记入审计日志。</translation>
    </message>
    <message>
        <source>reading who holds which application</source>
        <translation>读取各申请的持有人</translation>
    </message>
    <message>
        <source>reading the approvals waiting for a second review</source>
        <translation>读取等待复核的通过决定</translation>
    </message>
    <message>
        <source>reading the operators</source>
        <translation>读取坐席</translation>
    </message>
    <message>
        <source>looking up application %1</source>
        <translation>查找申请 %1</translation>
    </message>
    <message>
        <source>reading who holds application %1</source>
        <translation>读取申请 %1 的持有人</translation>
    </message>
    <message>
        <source>releasing application %1</source>
        <translation>释放申请 %1</translation>
    </message>
    <message>
        <source>reading operator %1</source>
        <translation>读取坐席 %1</translation>
    </message>
    <message>
        <source>There is no such operator.</source>
        <translation>没有这个坐席。</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot be given work.</source>
        <translation>%1 已停用，不能分配工作。</translation>
    </message>
    <message>
        <source>reading application %1</source>
        <translation>读取申请 %1</translation>
    </message>
    <message>
        <source>There is no such application.</source>
        <translation>没有这个申请。</translation>
    </message>
    <message>
        <source>%1 is already decided (%2) and cannot be reassigned; reopen it first.</source>
        <translation>%1 已有审核决定（%2），不能改派；请先重新打开。</translation>
    </message>
    <message>
        <source>%1 approved %2 and cannot also be its second reviewer.</source>
        <translation>%1 通过了 %2，不能再担任其复核人。</translation>
    </message>
    <message>
        <source>reassigning application %1</source>
        <translation>改派申请 %1</translation>
    </message>
    <message>
        <source>Only an approved or rejected application can be reopened; %1 is %2.</source>
        <translation>只有已通过或已驳回的申请可以重新打开；%1 当前为 %2。</translation>
    </message>
    <message>
        <source>reopening application %1</source>
        <translation>重新打开申请 %1</translation>
    </message>
    <message>
        <source>%1 changed meanwhile; look again before reopening it.</source>
        <translation>%1 在此期间已被修改；请重新查看后再重新打开。</translation>
    </message>
    <message>
        <source>changing operator %1</source>
        <translation>修改坐席 %1</translation>
    </message>
    <message>
        <source>A role is operator, supervisor or admin.</source>
        <translation>角色只能是坐席（operator）、主管（supervisor）或管理员（admin）。</translation>
    </message>
    <message>
        <source>changing the role of %1</source>
        <translation>修改 %1 的角色</translation>
    </message>
    <message>
        <source>looking up the database role of %1</source>
        <translation>查找 %1 的数据库角色</translation>
    </message>
    <message>
        <source>looking up the group role %1</source>
        <translation>查找组角色 %1</translation>
    </message>
    <message>
        <source>changing the database role of %1</source>
        <translation>修改 %1 的数据库角色</translation>
    </message>
    <message>
        <source>changing whether %1 may log in</source>
        <translation>修改 %1 是否可以登录</translation>
    </message>
</context>
<context>
    <name>TableCsvExporter</name>
    <message>
        <source>%1 could not be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>starting a write transaction</source>
        <translation>开始写事务</translation>
    </message>
</context>
<context>
    <name>reissuedesk::AccountHistoryModel</name>
    <message>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Approved, awaiting a second reviewer</source>
        <translation>已通过，等待复核</translation>
    </message>
    <message>
        <source>Approved (four eyes)</source>
        <translation>已通过（双人复核）</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已驳回：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source> (final)</source>
        <translation>（终局）</translation>
    </message>
    <message>
        <source>%1 (this one)</source>
        <translation>%1（本条）</translation>
    </message>
    <message>
        <source>%1, confirmed by %2</source>
        <translation>%1，由 %2 确认</translation>
    </message>
    <message>
        <source>Told the customer: %1</source>
        <translation>已告知客户：%1</translation>
    </message>
    <message>
        <source>Internal note: %1</source>
        <translation>内部备注：%1</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>By</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定时间</translation>
    </message>
</context>
<context>
    <name>reissuedesk::AdjustmentsBar</name>
    <message>
        <source>Brightness</source>
        <translation>亮度</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>对比度</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>伽马</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>反色</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Undo all adjustments (Ctrl+0)</source>
        <translation>撤销所有调整（Ctrl+0）</translation>
    </message>
</context>
<context>
    <name>reissuedesk::ApplicationDetailPane</name>
    <message>
        <source>Select an application to see its details.</source>
        <translation>选择一条申请以查看详情。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1（至 %2）</translation>
    </message>
    <message>
        <source>✓ The applicant is the account holder (name and ID number match).</source>
        <translation>✓ 申请人即机主（姓名和身份证号一致）。</translation>
    </message>
    <message>
        <source>✗ The applicant&apos;s name and ID number differ from the account holder&apos;s.</source>
        <translation>✗ 申请人的姓名和身份证号与机主不一致。</translation>
    </message>
    <message>
        <source>✗ The applicant&apos;s name differs from the account holder&apos;s.</source>
        <translation>✗ 申请人的姓名与机主不一致。</translation>
    </message>
    <message>
        <source>✗ The applicant&apos;s ID number differs from the account holder&apos;s.</source>
        <translation>✗ 申请人的身份证号与机主不一致。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>None (free replacement)</source>
        <translation>无（免费补卡）</translation>
    </message>
    <message>
        <source>No documents were uploaded.</source>
        <translation>未上传任何证件资料。</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No risk flags</source>
        <translation>无风险标记</translation>
    </message>
    <message>
        <source>Risk flags (%1)</source>
        <translation>风险标记（%1）</translation>
    </message>
</context>
<context>
    <name>reissuedesk::ApplicationPage</name>
    <message>
        <source>No application open. Press N for the next one.</source>
        <translation>未打开申请。按 N 领取下一条。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Skip with a note</source>
        <translation>跳过并备注</translation>
    </message>
    <message>
        <source>Why is it skipped? (kept with the application, e.g. &quot;called, no answer&quot;)</source>
        <translation>为什么跳过？（随申请保存，例如“已致电，无人接听”）</translation>
    </message>
    <message>
        <source>Skip, next</source>
        <translation>跳过，下一条</translation>
    </message>
    <message>
        <source>Claiming the next application…</source>
        <translation>正在领取下一条申请…</translation>
    </message>
    <message>
        <source>Opening the application…</source>
        <translation>正在打开申请…</translation>
    </message>
    <message>
        <source>Being reviewed by %1 since %2. Read-only while they hold it.</source>
        <translation>%1 自 %2 起正在审核。在其处理期间只读。</translation>
    </message>
    <message>
        <source>Being reviewed by %1. Read-only while they hold it.</source>
        <translation>%1 正在审核。在其处理期间只读。</translation>
    </message>
    <message>
        <source>Cancelled: nothing to decide. Read-only.</source>
        <translation>已取消：无需决定。只读。</translation>
    </message>
    <message>
        <source>Already decided: %1. Read-only.</source>
        <translation>已有决定：%1。只读。</translation>
    </message>
    <message>
        <source>%1 — by %2, %3. Read-only.</source>
        <translation>%1 — %2，%3。只读。</translation>
    </message>
    <message>
        <source>You approved this application; another reviewer must confirm it (four eyes). Read-only.</source>
        <translation>您已通过此申请；需由另一位审核员确认（双人复核）。只读。</translation>
    </message>
    <message>
        <source>%1 approved this application and it needs a second reviewer (four eyes). Check it, then confirm the approval (A) or send it back for review (S).</source>
        <translation>%1 已通过此申请，需要复核（双人复核）。请核查后确认通过（A）或退回重审（S）。</translation>
    </message>
    <message>
        <source>Claimed by you · lease until %1</source>
        <translation>已由您领取 · 保留至 %1</translation>
    </message>
    <message>
        <source>Claimed by you</source>
        <translation>已由您领取</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>证件资料（%1）</translation>
    </message>
    <message>
        <source>No documents uploaded.</source>
        <translation>未上传证件资料。</translation>
    </message>
    <message>
        <source>Approve: confirm the address and ship a new card (A)</source>
        <translation>通过：确认地址并寄送新卡（A）</translation>
    </message>
    <message>
        <source>%1 approved this application; you are the second reviewer. Confirming ships the new card and tells the customer.</source>
        <translation>%1 已通过此申请；您是复核人。确认后将寄出新卡并通知客户。</translation>
    </message>
    <message>
        <source>The reject reasons could not be read; open the application again.</source>
        <translation>无法读取驳回原因；请重新打开申请。</translation>
    </message>
    <message>
        <source>Send back for review</source>
        <translation>退回重审</translation>
    </message>
    <message>
        <source>Why is the approval not confirmed? (internal note, never sent to the customer)</source>
        <translation>为什么不确认通过？（内部备注，不会发送给客户）</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
</context>
<context>
    <name>reissuedesk::ApproveDialog</name>
    <message>
        <source>Confirm approval</source>
        <translation>确认通过</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Confirm the approval of %1?</source>
        <translation>确认通过 %1？</translation>
    </message>
    <message>
        <source>Approve %1?</source>
        <translation>通过 %1？</translation>
    </message>
    <message>
        <source>Not the account address (%1).</source>
        <translation>不是账户地址（%1）。</translation>
    </message>
    <message>
        <source>About 7 working days (around %1)</source>
        <translation>约 7 个工作日（%1 前后）</translation>
    </message>
    <message>
        <source>Discard this approval and its note?</source>
        <translation>放弃此次通过及其备注？</translation>
    </message>
    <message>
        <source>This application cannot be approved</source>
        <translation>此申请不能通过</translation>
    </message>
    <message>
        <source>%1 cannot be approved</source>
        <translation>%1 不能通过</translation>
    </message>
    <message>
        <source>%1 special-service fee due before shipping</source>
        <translation>寄出前需支付特殊服务费 %1</translation>
    </message>
    <message>
        <source>This approval waits for a second reviewer: nothing ships and the customer is not told until another operator confirms it. These checks send it there:</source>
        <translation>此次通过需等待复核：在另一位坐席确认之前，不会寄卡，也不会通知客户。以下检查项触发了复核：</translation>
    </message>
    <message>
        <source>&amp;Note for the second reviewer (required; never sent to the customer)</source>
        <translation>给复核人的备注(&amp;N)（必填；不会发送给客户）</translation>
    </message>
    <message>
        <source>Internal &amp;note (never sent to the customer)</source>
        <translation>内部备注(&amp;N)（不会发送给客户）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Sent only when the second reviewer confirms the approval.</source>
        <translation>仅在复核人确认通过后发送。</translation>
    </message>
    <message>
        <source>Write a note for the second reviewer first.</source>
        <translation>请先填写给复核人的备注。</translation>
    </message>
</context>
<context>
    <name>reissuedesk::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>reissuedesk::AuditPage</name>
    <message>
        <source>anyone</source>
        <translation>任何人</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>显示 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已将 %1 行导出到 %2。</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：未写入文件。</translation>
    </message>
    <message>
        <source>&quot;Until&quot; must come after &quot;From&quot;.</source>
        <translation>“至”必须晚于“从”。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
</context>
<context>
    <name>reissuedesk::BacklogModel</name>
    <message>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请数</translation>
    </message>
</context>
<context>
    <name>reissuedesk::CheckListModel</name>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未识别</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>%1
Card: %2 · Form: %3</source>
        <translation>%1
证件：%2 · 申请表：%3</translation>
    </message>
</context>
<context>
    <name>reissuedesk::ChecksPanel</name>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Needs a second reviewer (four eyes): %1. The approval waits until another operator confirms it; nothing ships before that.</source>
        <translation>需要复核（双人复核）：%1。通过需等待另一位坐席确认；在此之前不会寄卡。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 项不通过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to look at</source>
        <translation>
            <numerusform>%n 项需留意</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n 项通过</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>检查：%1</translation>
    </message>
    <message>
        <source>A special-service fee of ¥%1 is due before shipping.</source>
        <translation>寄出前需支付特殊服务费 ¥%1。</translation>
    </message>
    <message>
        <source>The contact phone is the lost card: an SMS would reach whoever has it now; the decision dialogs offer e-mail instead.</source>
        <translation>联系电话就是丢失的卡：短信会发给现在持有该卡的人；决定对话框会改为提供电子邮件。</translation>
    </message>
    <message numerus="yes">
        <source>%n to compare by eye</source>
        <translation>
            <numerusform>%n 项需人工核对</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reissuedesk::CompareView</name>
    <message>
        <source>Link zoom and pan</source>
        <translation>同步缩放和平移</translation>
    </message>
</context>
<context>
    <name>reissuedesk::ConnectionDialog</name>
    <message>
        <source>ReissueDesk could not open the database:
%1</source>
        <translation>补卡审核台无法打开数据库：
%1</translation>
    </message>
</context>
<context>
    <name>reissuedesk::CustomerMessagePreview</name>
    <message>
        <source>SMS the customer will receive:</source>
        <translation>客户将收到的短信：</translation>
    </message>
    <message>
        <source>No SMS is sent (e-mail only):</source>
        <translation>不发送短信（仅电子邮件）：</translation>
    </message>
    <message>
        <source>1 part</source>
        <translation>1 条</translation>
    </message>
    <message>
        <source>%1 parts</source>
        <translation>%1 条</translation>
    </message>
    <message>
        <source>%1 characters, %2, %3</source>
        <translation>%1 个字符，%2，%3</translation>
    </message>
    <message>
        <source>The customer&apos;s phone receives this SMS as %1 linked messages.</source>
        <translation>客户手机将以 %1 条拼接短信接收此消息。</translation>
    </message>
    <message>
        <source>No e-mail: the application has no e-mail address.</source>
        <translation>无电子邮件：申请中没有电子邮件地址。</translation>
    </message>
    <message>
        <source>E-mail the customer will receive:</source>
        <translation>客户将收到的电子邮件：</translation>
    </message>
</context>
<context>
    <name>reissuedesk::DailyDecisionsModel</name>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>reissuedesk::DeadLetterModel</name>
    <message>
        <source>Not delivered</source>
        <translation>未送达</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>never (given up)</source>
        <translation>不再重试（已放弃）</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Problem since</source>
        <translation>问题开始于</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
</context>
<context>
    <name>reissuedesk::DecisionDialog</name>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>reissuedesk::DeskConnection</name>
    <message>
        <source>this database user is not a ReissueDesk operator: ask an administrator to add it with reissuedesk-admin add-operator</source>
        <translation>此数据库用户不是补卡审核台的坐席：请管理员用 reissuedesk-admin add-operator 添加</translation>
    </message>
    <message>
        <source>the login %1 has been disabled; ask a supervisor</source>
        <translation>登录名 %1 已被停用；请联系主管</translation>
    </message>
    <message>
        <source>the login could not be recorded in the audit log (%1)</source>
        <translation>无法将此次登录记入审计日志（%1）</translation>
    </message>
    <message>
        <source>The desk is locked for another operator.</source>
        <translation>审核台已为另一位坐席锁定。</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>%1
Details: %2</source>
        <translation>%1
详情：%2</translation>
    </message>
</context>
<context>
    <name>reissuedesk::DocumentLoader</name>
    <message>
        <source>the document changed since upload</source>
        <translation>资料在上传后已被更改</translation>
    </message>
</context>
<context>
    <name>reissuedesk::DocumentThumbnailDelegate</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>PDF · %1 p.</source>
        <translation>PDF · %1 页</translation>
    </message>
</context>
<context>
    <name>reissuedesk::DocumentThumbnailModel</name>
    <message>
        <source>Cannot be shown: %1</source>
        <translation>无法显示：%1</translation>
    </message>
    <message>
        <source>Changed since upload (sha256 differs)</source>
        <translation>上传后已被更改（sha256 不一致）</translation>
    </message>
</context>
<context>
    <name>reissuedesk::DocumentViewer</name>
    <message>
        <source>Document changed since upload (sha256 differs)</source>
        <translation>证件上传后已被更改（sha256 不一致）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Documents cannot be shown here: no document loader is set up.</source>
        <translation>此处无法显示证件：未配置证件加载器。</translation>
    </message>
    <message>
        <source>Adjustments cannot be shown: no background worker is set up.</source>
        <translation>无法显示调整效果：未配置后台任务。</translation>
    </message>
    <message>
        <source>The adjustments could not be computed: %1</source>
        <translation>无法计算调整效果：%1</translation>
    </message>
    <message>
        <source>the document could not be decoded</source>
        <translation>无法解码此证件</translation>
    </message>
    <message>
        <source>This document cannot be shown:
%1</source>
        <translation>无法显示此证件：
%1</translation>
    </message>
    <message>
        <source>The full resolution could not be loaded: %1</source>
        <translation>无法加载原始分辨率：%1</translation>
    </message>
    <message>
        <source>The file&apos;s sha256 differs from the one recorded at upload: it was changed or replaced on the document store.</source>
        <translation>文件的 sha256 与上传时记录的不一致：它在证件存储中已被更改或替换。</translation>
    </message>
</context>
<context>
    <name>reissuedesk::DocumentsPanel</name>
    <message>
        <source>ID front</source>
        <translation>身份证正面</translation>
    </message>
    <message>
        <source>ID back</source>
        <translation>身份证背面</translation>
    </message>
    <message>
        <source>Purchase voucher</source>
        <translation>购卡凭证</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他资料</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>证件资料</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>证件资料（%1）</translation>
    </message>
    <message>
        <source>documents cannot be shown here: no document loader is set up</source>
        <translation>此处无法显示证件：未配置证件加载器</translation>
    </message>
    <message>
        <source>Recorded at upload: %1</source>
        <translation>上传时记录：%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>(recorded at upload)</source>
        <translation>（上传时记录）</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 页</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 页</translation>
    </message>
    <message>
        <source>, %1 × %2 pt</source>
        <translation>，%1 × %2 pt</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 MP)</source>
        <translation>%1 × %2（%3 百万像素）</translation>
    </message>
    <message>
        <source>%1 (declared %2)</source>
        <translation>%1（声明为 %2）</translation>
    </message>
    <message>
        <source>Damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <source>Cannot be shown: %1</source>
        <translation>无法显示：%1</translation>
    </message>
    <message>
        <source>Views are not being audited.</source>
        <translation>查看操作未被审计。</translation>
    </message>
    <message>
        <source>This view could not be written to the audit log: %1</source>
        <translation>此次查看无法写入审计日志：%1</translation>
    </message>
</context>
<context>
    <name>reissuedesk::HoldsModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>second review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Held for</source>
        <translation>已处理时长</translation>
    </message>
    <message>
        <source>Lease until</source>
        <translation>保留至</translation>
    </message>
</context>
<context>
    <name>reissuedesk::IdCardPrecheck</name>
    <message>
        <source>the scan could not be fetched: %1</source>
        <translation>无法获取扫描件：%1</translation>
    </message>
    <message>
        <source>the reader failed: %1</source>
        <translation>识别失败：%1</translation>
    </message>
</context>
<context>
    <name>reissuedesk::LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>审核台已锁定</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Locked for %1. Enter your password to go on.</source>
        <translation>已为 %1 锁定。输入密码以继续。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>reissuedesk::LoginDialog</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>请输入登录名和密码。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>reissuedesk::LostCardSmsNotice</name>
    <message>
        <source>Tell the customer by &amp;e-mail instead (no SMS)</source>
        <translation>改用电子邮件通知客户(&amp;E)（不发短信）</translation>
    </message>
    <message>
        <source>The contact phone is the lost card&apos;s number: an SMS would go to the lost card, not to the customer.</source>
        <translation>联系电话就是丢失卡的号码：短信会发到丢失的卡上，而不是客户本人。</translation>
    </message>
    <message>
        <source>The contact phone is the lost card&apos;s number: an SMS would go to the lost card, not to the customer. The application has no e-mail address: call the customer on another number to tell them the result.</source>
        <translation>联系电话就是丢失卡的号码：短信会发到丢失的卡上，而不是客户本人。申请中没有电子邮件地址：请拨打客户的其他号码告知结果。</translation>
    </message>
</context>
<context>
    <name>reissuedesk::MainWindow</name>
    <message>
        <source>About ReissueDesk</source>
        <translation>关于补卡审核台</translation>
    </message>
    <message>
        <source>&lt;b&gt;ReissueDesk %1&lt;/b&gt;&lt;br&gt;Review desk for replacement-card applications.</source>
        <translation>&lt;b&gt;补卡审核台 %1&lt;/b&gt;&lt;br&gt;补卡申请审核工具。</translation>
    </message>
    <message>
        <source>The operator could not be looked up (%1): the queue is shown, but nothing is held by you.</source>
        <translation>无法查询坐席信息（%1）：队列照常显示，但您不持有任何申请。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>ReissueDesk could not open the database %1.</source>
        <translation>补卡审核台无法打开数据库 %1。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Customer messages are not going out</source>
        <translation>客户消息未能发出</translation>
    </message>
    <message>
        <source>Log in to open the queue.</source>
        <translation>登录后打开队列。</translation>
    </message>
    <message>
        <source>Recording a settings change</source>
        <translation>正在记录设置变更</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>主管(&amp;S)</translation>
    </message>
    <message>
        <source>Supervisor &amp;tools</source>
        <translation>主管工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>审计日志(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>%1 pending</source>
        <translation>%1 条待审</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 条逾期</translation>
    </message>
    <message>
        <source>%1 held by me</source>
        <translation>我处理中 %1 条</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接 %1</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Giving the application back…</source>
        <translation>正在释放申请…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Settings saved. Changes to %1 take effect when ReissueDesk starts again.</source>
        <translation>设置已保存。对%1的更改将在补卡审核台重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>reissuedesk::NotificationListModel</name>
    <message>
        <source>Queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>已发送 %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source> (gateway id %1)</source>
        <translation>（网关编号 %1）</translation>
    </message>
    <message>
        <source>Sending (attempt %1)</source>
        <translation>发送中（第 %1 次尝试）</translation>
    </message>
    <message>
        <source>Cancelled: will not be sent</source>
        <translation>已取消：不会发送</translation>
    </message>
    <message numerus="yes">
        <source>Retrying: %n attempt(s)</source>
        <translation>
            <numerusform>重试中：已尝试 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>, last error: %1</source>
        <translation>，最近错误：%1</translation>
    </message>
    <message>
        <source>, next try %1</source>
        <translation>，下次尝试 %1</translation>
    </message>
    <message numerus="yes">
        <source>Not delivered (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>未送达（尝试 %n 次后放弃）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not delivered (gave up after %n attempt(s)): %1</source>
        <translation>
            <numerusform>未送达（尝试 %n 次后放弃）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying: %n attempt(s), next try %1</source>
        <translation>
            <numerusform>重试中：已尝试 %n 次，下次尝试 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not delivered after %n attempt(s)</source>
        <translation>
            <numerusform>尝试 %n 次后仍未送达</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 message by %2 to %3, queued %4</source>
        <translation>%1消息，经%2发送至 %3，%4 排队</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Attempts: %1, the last at %2</source>
        <translation>尝试次数：%1，最近一次在 %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>reissuedesk::OperatorFiguresModel</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>决定数</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Median claimed → decided</source>
        <translation>领取 → 决定中位数</translation>
    </message>
    <message>
        <source>Second reviews asked</source>
        <translation>发起复核数</translation>
    </message>
</context>
<context>
    <name>reissuedesk::OperatorListModel</name>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>reissuedesk::PeoplePanel</name>
    <message>
        <source>Applicant and account holder</source>
        <translation>申请人和机主</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>机主</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the full names, ID numbers, phone numbers and e-mail addresses (to compare with the ID photo); every showing is recorded</source>
        <translation>显示完整姓名、身份证号、电话号码和电子邮件地址（用于与身份证照片核对）；每次显示都会被记录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>ID card valid until</source>
        <translation>身份证有效期至</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Account holder · %1</source>
        <translation>机主 · %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
</context>
<context>
    <name>reissuedesk::PolicyChecksList</name>
    <message>
        <source>Fails</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>reissuedesk::QueueFilterBar</name>
    <message>
        <source>application number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>application number prefix</source>
        <translation>申请编号开头</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>phone number prefix</source>
        <translation>电话号码开头</translation>
    </message>
    <message>
        <source>last 4 card digits</source>
        <translation>卡号后 4 位</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>name prefix</source>
        <translation>姓名开头</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>任意原因</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>任意渠道</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>%1 statuses</source>
        <translation>%1 种状态</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Searching by %1</source>
        <translation>按%1搜索</translation>
    </message>
</context>
<context>
    <name>reissuedesk::QueueModel</name>
    <message>
        <source>Suspected proxy application: the applicant is not the account holder</source>
        <translation>疑似代办：申请人不是机主</translation>
    </message>
    <message>
        <source>Invalid ID number</source>
        <translation>身份证号无效</translation>
    </message>
    <message>
        <source>Repeat replacement: another application on this account within 90 days</source>
        <translation>重复补卡：该账户 90 天内有另一条申请</translation>
    </message>
    <message>
        <source>Reused document: the same file was uploaded for another account</source>
        <translation>资料重复使用：同一文件曾为另一账户上传</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>Submitted %1, due %2</source>
        <translation>%1 提交，%2 到期</translation>
    </message>
    <message>
        <source>Application no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>reissuedesk::QueuePage</name>
    <message>
        <source>%1+ applications</source>
        <translation>%1+ 条申请</translation>
    </message>
    <message>
        <source>1 application</source>
        <translation>1 条申请</translation>
    </message>
    <message>
        <source>%1 applications</source>
        <translation>%1 条申请</translation>
    </message>
    <message>
        <source>No applications match these filters.</source>
        <translation>没有符合这些筛选条件的申请。</translation>
    </message>
    <message>
        <source>The queue cannot be read right now; retrying…</source>
        <translation>暂时无法读取队列；正在重试…</translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation>此申请已不存在。</translation>
    </message>
    <message>
        <source>The database cannot be reached right now. The details will be shown again once it answers.</source>
        <translation>暂时无法连接数据库。连接恢复后将重新显示详情。</translation>
    </message>
    <message>
        <source>The details of this application could not be read. Select it again to retry.</source>
        <translation>无法读取此申请的详情。请重新选择以重试。</translation>
    </message>
    <message>
        <source>Recording that personal data was shown</source>
        <translation>正在记录个人信息的显示</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the queue again (F5)</source>
        <translation>重新读取队列（F5）</translation>
    </message>
</context>
<context>
    <name>reissuedesk::RejectDialog</name>
    <message>
        <source>Reject %1</source>
        <translation>驳回 %1</translation>
    </message>
    <message>
        <source>   (final: no new application)</source>
        <translation>   （终局：不可重新申请）</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>“%1” is a final reason: the customer may not apply again after it.</source>
        <translation>“%1”是终局原因：客户此后不能再次申请。</translation>
    </message>
    <message>
        <source>“%1” are final reasons: the customer may not apply again after them.</source>
        <translation>“%1”是终局原因：客户此后不能再次申请。</translation>
    </message>
    <message>
        <source>”, “</source>
        <translation>”、“</translation>
    </message>
    <message>
        <source>This application can only be rejected with the reason “%1”.</source>
        <translation>此申请只能以“%1”为原因驳回。</translation>
    </message>
    <message>
        <source>Discard this rejection?</source>
        <translation>放弃此次驳回？</translation>
    </message>
    <message>
        <source>SMS: %1 / %2 characters</source>
        <translation>短信：%1 / %2 个字符</translation>
    </message>
</context>
<context>
    <name>reissuedesk::RejectionReasonModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Reason (中文)</source>
        <translation>原因（中文）</translation>
    </message>
    <message>
        <source>Reason (English)</source>
        <translation>原因（英文）</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>驳回数</translation>
    </message>
</context>
<context>
    <name>reissuedesk::ReportCharts</name>
    <message>
        <source>Backlog now, by age</source>
        <translation>当前积压（按等待时长）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>驳回数</translation>
    </message>
    <message>
        <source>Decisions per day</source>
        <translation>每日决定数</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
</context>
<context>
    <name>reissuedesk::ReportSummaryModel</name>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到申请</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Approval rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Decided within 24 h</source>
        <translation>24 小时内决定</translation>
    </message>
    <message>
        <source>Submitted → decided, median</source>
        <translation>提交 → 决定，中位数</translation>
    </message>
    <message>
        <source>Submitted → decided, 90th percentile</source>
        <translation>提交 → 决定，90 百分位</translation>
    </message>
    <message>
        <source>Claimed → decided, median</source>
        <translation>领取 → 决定，中位数</translation>
    </message>
    <message>
        <source>Claimed → decided, 90th percentile</source>
        <translation>领取 → 决定，90 百分位</translation>
    </message>
    <message>
        <source>Decisions with a kept claim time</source>
        <translation>保留领取时间的决定数</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>当前积压</translation>
    </message>
    <message>
        <source>Second reviews waiting</source>
        <translation>等待复核</translation>
    </message>
</context>
<context>
    <name>reissuedesk::ReportsPage</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Chosen range</source>
        <translation>自选范围</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到申请</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已决定</translation>
    </message>
    <message>
        <source>Approval rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Decided within 24 h</source>
        <translation>24 小时内决定</translation>
    </message>
    <message>
        <source>Submitted → decided (median / 90 %)</source>
        <translation>提交 → 决定（中位数 / 90%）</translation>
    </message>
    <message>
        <source>Claimed → decided (median / 90 %)</source>
        <translation>领取 → 决定（中位数 / 90%）</translation>
    </message>
    <message>
        <source>Backlog now (overdue)</source>
        <translation>当前积压（逾期）</translation>
    </message>
    <message>
        <source>Second reviews waiting</source>
        <translation>等待复核</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Decisions per day</source>
        <translation>每日决定数</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：未写入文件。</translation>
    </message>
    <message>
        <source>The range must end on or after its first day.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The range may be at most %L1 days (ten years); choose a shorter one.</source>
        <translation>时间范围最多 %L1 天（十年），请选择较短的范围。</translation>
    </message>
    <message numerus="yes">
        <source>Over the %n decision(s) whose claim time is kept</source>
        <translation>
            <numerusform>基于保留了领取时间的 %n 个决定</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>%L1 (%L2 ✓ / %L3 ✗)</source>
        <translation>%L1（%L2 ✓ / %L3 ✗）</translation>
    </message>
</context>
<context>
    <name>reissuedesk::RequestPanel</name>
    <message>
        <source>Request</source>
        <translation>申请内容</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <source>Old card</source>
        <translation>原卡</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理商</translation>
    </message>
    <message>
        <source>Special-service fee</source>
        <translation>特殊服务费</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>寄送</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>寄送至</translation>
    </message>
    <message>
        <source>Account address</source>
        <translation>账户地址</translation>
    </message>
    <message>
        <source>The shipping address differs from the account address.</source>
        <translation>寄送地址与账户地址不一致。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>None (free replacement)</source>
        <translation>无（免费补卡）</translation>
    </message>
    <message>
        <source>¥%1 due before shipping</source>
        <translation>寄出前需支付 ¥%1</translation>
    </message>
</context>
<context>
    <name>reissuedesk::ReviewRecordTabs</name>
    <message>
        <source>Enter or a double click opens that application</source>
        <translation>按回车或双击打开该申请</translation>
    </message>
    <message>
        <source>Account history</source>
        <translation>账户历史</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>客户消息</translation>
    </message>
    <message>
        <source>Account history (%1 other)</source>
        <translation>账户历史（另有 %1 条）</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>时间线（%1）</translation>
    </message>
    <message>
        <source>Customer messages (%1)</source>
        <translation>客户消息（%1）</translation>
    </message>
</context>
<context>
    <name>reissuedesk::ReviewSession</name>
    <message>
        <source>Giving the application back</source>
        <translation>正在释放申请</translation>
    </message>
    <message>
        <source>No operator is signed in at this desk, so applications cannot be claimed.</source>
        <translation>此审核台没有坐席登录，无法领取申请。</translation>
    </message>
    <message>
        <source>The application could not be opened: %1</source>
        <translation>无法打开申请：%1</translation>
    </message>
    <message>
        <source>No pending applications</source>
        <translation>没有待审申请</translation>
    </message>
    <message>
        <source>This application no longer exists.</source>
        <translation>此申请已不存在。</translation>
    </message>
    <message>
        <source>Your claim expired. Open the application again to claim it.</source>
        <translation>您的领取已过期。重新打开申请以再次领取。</translation>
    </message>
    <message>
        <source>Your claim expired: %1 holds this application now. Read-only.</source>
        <translation>您的领取已过期：此申请现由 %1 处理。只读。</translation>
    </message>
    <message>
        <source>The claim could not be renewed (trying again): %1</source>
        <translation>无法续期领取（正在重试）：%1</translation>
    </message>
    <message>
        <source>The decision was recorded.</source>
        <translation>决定已记录。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <source>%1 approved; the new card should arrive around %2.</source>
        <translation>%1 已通过；新卡预计 %2 前后送达。</translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation>%1 已通过。</translation>
    </message>
    <message>
        <source>%1 approved; waiting for a second reviewer.</source>
        <translation>%1 已通过；等待复核。</translation>
    </message>
    <message>
        <source>%1 approved; waiting for a second reviewer (%2).</source>
        <translation>%1 已通过；等待复核（%2）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 rejected; the customer is told why.</source>
        <translation>%1 已驳回；将告知客户原因。</translation>
    </message>
    <message>
        <source>%1 sent back for review.</source>
        <translation>%1 已退回重审。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>A decision could not be sent: %1</source>
        <translation>无法提交决定：%1</translation>
    </message>
    <message>
        <source>The decision could not be sent: %1
It is kept: Retry sends the same decision again, and it cannot be recorded twice.</source>
        <translation>无法提交决定：%1
决定已保留：“重试”会再次提交同一决定，且不会被重复记录。</translation>
    </message>
    <message>
        <source>Recording that personal data was shown</source>
        <translation>正在记录个人信息的显示</translation>
    </message>
    <message>
        <source>The database cannot be reached right now. Open the application again once it answers.</source>
        <translation>暂时无法连接数据库。数据库恢复响应后，请重新打开该申请。</translation>
    </message>
</context>
<context>
    <name>reissuedesk::RiskFlagsDelegate</name>
    <message>
        <source>P</source>
        <comment>risk badge: suspected proxy application</comment>
        <translation>代</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>risk badge: invalid ID number</comment>
        <translation>证</translation>
    </message>
    <message>
        <source>R</source>
        <comment>risk badge: repeat replacement</comment>
        <translation>重</translation>
    </message>
    <message>
        <source>D</source>
        <comment>risk badge: reused document</comment>
        <translation>复</translation>
    </message>
    <message>
        <source>Suspected proxy application: the applicant is not the account holder</source>
        <translation>疑似代办：申请人不是机主</translation>
    </message>
    <message>
        <source>Invalid ID number: fails the check digit or has no real birth date</source>
        <translation>身份证号无效：校验位错误或出生日期不存在</translation>
    </message>
    <message>
        <source>Repeat replacement: another application on this account within 90 days</source>
        <translation>重复补卡：该账户 90 天内有另一条申请</translation>
    </message>
    <message>
        <source>Reused document: the same file was uploaded for another account</source>
        <translation>资料重复使用：同一文件曾为另一账户上传</translation>
    </message>
</context>
<context>
    <name>reissuedesk::SecondReviewPanel</name>
    <message>
        <source>Second review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Approved by %1 on %2.</source>
        <translation>由 %1 于 %2 通过。</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>由 %1 通过。</translation>
    </message>
    <message>
        <source>Their note: none.</source>
        <translation>初审备注：无。</translation>
    </message>
    <message>
        <source>Their note: %1</source>
        <translation>初审备注：%1</translation>
    </message>
    <message>
        <source>Sent to a second review by:</source>
        <translation>触发复核的检查项：</translation>
    </message>
</context>
<context>
    <name>reissuedesk::SecondReviewQueueModel</name>
    <message>
        <source>Application</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>通过人</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sent by the checks</source>
        <translation>触发检查项</translation>
    </message>
    <message>
        <source>Second reviewer</source>
        <translation>复核人</translation>
    </message>
</context>
<context>
    <name>reissuedesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>工作台(&amp;D)</translation>
    </message>
    <message>
        <source>Data&amp;base</source>
        <translation>数据库(&amp;B)</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>文档(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>网关(&amp;G)</translation>
    </message>
    <message>
        <source>Looking up where passwords and tokens are kept…</source>
        <translation>正在查找密码和令牌的保存位置…</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>How long an opened application stays yours without a decision (%1–%2 minutes).</source>
        <translation>打开的申请在未作决定时保留给您的时长（%1–%2 分钟）。</translation>
    </message>
    <message>
        <source>&amp;Lease:</source>
        <translation>租期(&amp;L)：</translation>
    </message>
    <message>
        <source>After a decision, open the next &amp;application</source>
        <translation>作出决定后打开下一个申请(&amp;A)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Lock when &amp;idle after:</source>
        <translation>空闲多久后锁定(&amp;I)：</translation>
    </message>
    <message>
        <source>The language and the lease take effect when ReissueDesk starts again; auto-advance and the idle lock at once.</source>
        <translation>语言和租期在补卡审核台重新启动后生效；自动前进和空闲锁定立即生效。</translation>
    </message>
    <message>
        <source>Empty: the embedded database on this computer</source>
        <translation>留空：本机的内置数据库</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>数据库地址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Forget the stored password</source>
        <translation>删除已保存的密码</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>sqlite:PATH or postgresql://user@host/database, without the password. PostgreSQL passwords are kept with the other secrets. Takes effect when ReissueDesk starts again.</source>
        <translation>sqlite:路径 或 postgresql://用户@主机/数据库，不含密码。PostgreSQL 密码与其他密钥一起保存。补卡审核台重新启动后生效。</translation>
    </message>
    <message>
        <source>https://docs.example.com/applications/ (one per line)</source>
        <translation>https://docs.example.com/applications/（每行一个）</translation>
    </message>
    <message>
        <source>Allowed &amp;origins:</source>
        <translation>允许的来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Origins on this network (one per line)</source>
        <translation>本网络中的来源（每行一个）</translation>
    </message>
    <message>
        <source>&amp;Internal origins:</source>
        <translation>内部来源(&amp;I)：</translation>
    </message>
    <message>
        <source>Folders for file: documents (one per line)</source>
        <translation>file: 文档所在的文件夹（每行一个）</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Forget the stored token</source>
        <translation>删除已保存的令牌</translation>
    </message>
    <message>
        <source>Or a file only you can read, holding the token</source>
        <translation>或一个仅您可读、存有令牌的文件</translation>
    </message>
    <message>
        <source>Token &amp;file:</source>
        <translation>令牌文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Client &amp;certificate (PEM):</source>
        <translation>客户端证书(&amp;C)（PEM）：</translation>
    </message>
    <message>
        <source>A PEM key file only you can read (chmod 600).</source>
        <translation>仅您可读的 PEM 私钥文件（chmod 600）。</translation>
    </message>
    <message>
        <source>Client &amp;key (PEM):</source>
        <translation>客户端私钥(&amp;K)（PEM）：</translation>
    </message>
    <message>
        <source>Extra C&amp;A certificates:</source>
        <translation>额外的 CA 证书(&amp;A)：</translation>
    </message>
    <message>
        <source>Documents are fetched only from these origins and folders. Takes effect when ReissueDesk starts again.</source>
        <translation>只从这些来源和文件夹获取文档。补卡审核台重新启动后生效。</translation>
    </message>
    <message>
        <source>Empty: this desk sends no customer messages</source>
        <translation>留空：本工作台不发送客户消息</translation>
    </message>
    <message>
        <source>Gateway &amp;URL:</source>
        <translation>网关 &amp;URL：</translation>
    </message>
    <message>
        <source>Only an embedded (SQLite) desk sends messages itself; with PostgreSQL the dispatcher service does. Takes effect when ReissueDesk starts again.</source>
        <translation>只有内置（SQLite）工作台自己发送消息；使用 PostgreSQL 时由分发服务发送。补卡审核台重新启动后生效。</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>the lease</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>the document store</source>
        <translation>文档存储</translation>
    </message>
    <message>
        <source>the gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Changes to %1 take effect when ReissueDesk starts again.</source>
        <translation>对%1的更改将在补卡审核台重新启动后生效。</translation>
    </message>
    <message>
        <source>This desk has no place for passwords and tokens: use token files.</source>
        <translation>本工作台没有保存密码和令牌的地方：请使用令牌文件。</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in %1, never in the settings file.</source>
        <translation>密码和令牌保存在%1，绝不写入设置文件。</translation>
    </message>
    <message>
        <source>Passwords and tokens are kept in %1, never in the settings file. %2</source>
        <translation>密码和令牌保存在%1，绝不写入设置文件。%2</translation>
    </message>
    <message>
        <source>Stored: type to replace</source>
        <translation>已保存：输入以替换</translation>
    </message>
    <message>
        <source>None stored</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>正在尝试…</translation>
    </message>
    <message>
        <source>There is no database at %1 yet: the desk would create it.</source>
        <translation>%1 处还没有数据库：工作台会创建它。</translation>
    </message>
    <message>
        <source>ReissueDesk can open %1.</source>
        <translation>补卡审核台可以打开 %1。</translation>
    </message>
    <message>
        <source>ReissueDesk cannot open this database: %1</source>
        <translation>补卡审核台无法打开此数据库：%1</translation>
    </message>
    <message>
        <source>This desk has no place for passwords and tokens: name token files instead.</source>
        <translation>本工作台没有保存密码和令牌的地方：请改为指定令牌文件。</translation>
    </message>
    <message>
        <source>Saving passwords and tokens…</source>
        <translation>正在保存密码和令牌…</translation>
    </message>
    <message>
        <source>Discard the changed settings?</source>
        <translation>放弃已更改的设置吗？</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
</context>
<context>
    <name>reissuedesk::SupervisorPage</name>
    <message>
        <source>Select a held application first.</source>
        <translation>请先选择一条处理中的申请。</translation>
    </message>
    <message>
        <source>Select one or more messages first.</source>
        <translation>请先选择一条或多条消息。</translation>
    </message>
    <message>
        <source>Customer messages</source>
        <translation>客户消息</translation>
    </message>
    <message numerus="yes">
        <source>Send %n message(s) again? They go back to the outbox with no attempts counted and are tried at once. This is kept in the audit log.</source>
        <translation>
            <numerusform>重新发送 %n 条消息？它们将回到发件队列，尝试次数清零并立即发送。此操作将记入审计日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n message(s)? The customer will never receive them. This is kept in the audit log.</source>
        <translation>
            <numerusform>取消 %n 条消息？客户将永远收不到这些消息。此操作将记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重发(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel messages</source>
        <translation>取消消息(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t retry</source>
        <translation>不重发(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
</context>
<context>
    <name>reissuedesk::SupervisorSession</name>
    <message>
        <source>message %1 (gone)</source>
        <translation>消息 %1（已不存在）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Please type a reason: it is kept in the audit log.</source>
        <translation>请填写原因：它将记入审计日志。</translation>
    </message>
    <message>
        <source>Nobody held it any more: nothing was released.</source>
        <translation>已无人处理：无需释放。</translation>
    </message>
    <message>
        <source>Released: the application is back in the queue.</source>
        <translation>已释放：申请已回到队列。</translation>
    </message>
    <message>
        <source>Reassigned to %1.</source>
        <translation>已改派给 %1。</translation>
    </message>
    <message>
        <source>Type the number of the application to reopen.</source>
        <translation>请输入要重新打开的申请编号。</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>不存在申请 %1。</translation>
    </message>
    <message>
        <source>%1 is reopened for review round %2 and held by you.</source>
        <translation>%1 已重新打开，进入第 %2 轮审核，由您处理。</translation>
    </message>
    <message>
        <source>The operator may work again.</source>
        <translation>该坐席可以重新工作。</translation>
    </message>
    <message>
        <source>The operator is disabled; their history is kept.</source>
        <translation>该坐席已停用；其历史记录保留。</translation>
    </message>
    <message>
        <source>The role is now %1.</source>
        <translation>角色已改为 %1。</translation>
    </message>
    <message>
        <source>Select one or more messages first.</source>
        <translation>请先选择一条或多条消息。</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued again.</source>
        <translation>
            <numerusform>%n 条消息已重新排队。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) cancelled.</source>
        <translation>
            <numerusform>%n 条消息已取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left alone, no longer waiting: %1.</source>
        <translation>未处理，已不在等待中：%1。</translation>
    </message>
</context>
<context>
    <name>reissuedesk::TimelineModel</name>
    <message>
        <source>%1, tracking number %2, shipped %3</source>
        <translation>%1，运单号 %2，%3 寄出</translation>
    </message>
    <message>
        <source>document #%1</source>
        <translation>证件 #%1</translation>
    </message>
    <message>
        <source>reasons: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>decision #%1</source>
        <translation>决定 #%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>reissuedesk::ViewerToolBar</name>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>Actual pixels (1)</source>
        <translation>实际像素（1）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <source>Fit the page (F)</source>
        <translation>适合页面（F）</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the width (W)</source>
        <translation>适合宽度（W）</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <source>Rotate left ([)</source>
        <translation>向左旋转（[）</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <source>Rotate right (])</source>
        <translation>向右旋转（]）</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Upright, whole page (0)</source>
        <translation>摆正，显示整页（0）</translation>
    </message>
    <message>
        <source>Loupe</source>
        <translation>放大镜</translation>
    </message>
    <message>
        <source>Magnify 3× under the cursor (hold L, or click to keep on)</source>
        <translation>放大光标处 3 倍（按住 L，或单击保持开启）</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Brightness (Ctrl+↑/↓), contrast (Ctrl+→/←), gamma (G, Shift+G), invert (I), grayscale (M), normal (Ctrl+0): on screen only, never saved</source>
        <translation>亮度（Ctrl+↑/↓）、对比度（Ctrl+→/←）、伽马（G、Shift+G）、反色（I）、灰度（M）、还原（Ctrl+0）：仅影响屏幕显示，不会保存</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
</context>
</TS>
