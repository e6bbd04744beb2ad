<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddOperatorCommand</name>
    <message>
        <source>Login name (lower-case letters, digits, . _ -).</source>
        <translation>登录名（小写字母、数字、. _ -）。</translation>
    </message>
    <message>
        <source>Display name (default: the login).</source>
        <translation>显示名称（默认：登录名）。</translation>
    </message>
    <message>
        <source>operator (default), supervisor or admin.</source>
        <translation>operator（坐席，默认）、supervisor（主管）或 admin（管理员）。</translation>
    </message>
    <message>
        <source>--login must start with a lower-case letter and contain only a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 63 characters)</source>
        <translation>--login 必须以小写字母开头，只能包含 a-z、0-9、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;（最多 63 个字符）</translation>
    </message>
    <message>
        <source>--role must be operator, supervisor or admin, not &quot;%1&quot;</source>
        <translation>--role 必须是 operator、supervisor 或 admin，不能是“%1”</translation>
    </message>
    <message>
        <source>%1 already exists (id %2), unchanged</source>
        <translation>%1 已存在（id %2），未作更改</translation>
    </message>
    <message>
        <source>added %1 %2 (id %3)</source>
        <translation>已添加 %1 %2（id %3）</translation>
    </message>
    <message>
        <source>Register an operator, supervisor or administrator.</source>
        <translation>登记坐席、主管或管理员。</translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
</context>
<context>
    <name>AdminTool</name>
    <message>
        <source>--%1 is given more than once (see reissuedesk-admin %2 --help)</source>
        <translation>--%1 给出了不止一次（见 reissuedesk-admin %2 --help）</translation>
    </message>
    <message>
        <source>%1 takes options only, not &quot;%2&quot; (see reissuedesk-admin %1 --help)</source>
        <translation>%1 只接受选项，不接受“%2”（见 reissuedesk-admin %1 --help）</translation>
    </message>
    <message>
        <source>Usage: reissuedesk-admin COMMAND [--db URL] [--json] [options]

Administration and tooling for ReissueDesk.

Commands:
</source>
        <translation>用法：reissuedesk-admin 命令 [--db URL] [--json] [选项]

补卡审核台（ReissueDesk）的管理与工具命令。

命令：
</translation>
    </message>
    <message>
        <source>
Database URLs: sqlite:PATH or postgresql://user@host:port/dbname (password from PGPASSWORD, ~/.pgpass or a prompt).
Without --db: $REISSUEDESK_DB, else the embedded SQLite database in the user&apos;s data folder.
Run &apos;reissuedesk-admin COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
数据库 URL：sqlite:路径 或 postgresql://用户@主机:端口/数据库名（密码取自 PGPASSWORD、~/.pgpass 或提示输入）。
不给 --db 时：使用 $REISSUEDESK_DB，否则使用用户数据目录中的内置 SQLite 数据库。
运行 &apos;reissuedesk-admin 命令 --help&apos; 查看某个命令的选项。
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run reissuedesk-admin --help for the list</source>
        <translation>未知命令“%1”；运行 reissuedesk-admin --help 查看命令列表</translation>
    </message>
    <message>
        <source>Database URL (sqlite:PATH or postgresql://...).</source>
        <translation>数据库 URL（sqlite:路径 或 postgresql://...）。</translation>
    </message>
    <message>
        <source>Machine-readable output: one JSON object per line.</source>
        <translation>机器可读的输出：每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source> (see reissuedesk-admin %1 --help)</source>
        <translation>（参见 reissuedesk-admin %1 --help）</translation>
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
    <name>BenchCommand</name>
    <message>
        <source>What to measure: %1.</source>
        <translation>要测量的对象：%1。</translation>
    </message>
    <message>
        <source>Timed runs per case (default 20), after 2 warm-up runs; the figures are their median and 95th percentile.</source>
        <translation>每个用例计时运行的次数（默认 20），之前先预热 2 次；结果取中位数和第 95 百分位数。</translation>
    </message>
    <message>
        <source>Also show each case&apos;s statement with its values written in, as the database&apos;s own client runs it for the floor.</source>
        <translation>同时显示每个用例代入参数值后的语句，即数据库自带客户端测量基准线时所运行的语句。</translation>
    </message>
    <message>
        <source>bench dispatch: messages to send (default 5000).</source>
        <translation>bench dispatch：要发送的消息数（默认 5000）。</translation>
    </message>
    <message>
        <source>bench dispatch: requests in flight (default 8).</source>
        <translation>bench dispatch：同时进行的请求数（默认 8）。</translation>
    </message>
    <message>
        <source>bench dispatch: messages claimed at once (default 100).</source>
        <translation>bench dispatch：每次领取的消息数（默认 100）。</translation>
    </message>
    <message>
        <source>bench dispatch: floor and dispatcher runs, alternately (default 3; medians).</source>
        <translation>bench dispatch：基准线与派发器交替运行的轮数（默认 3；取中位数）。</translation>
    </message>
    <message>
        <source>usage: bench decode FILE [--repeat N] [--json]</source>
        <translation>用法：bench decode 文件 [--repeat N] [--json]</translation>
    </message>
    <message>
        <source>bench takes exactly one WHAT: %1</source>
        <translation>bench 需要且只需要一个测量对象：%1</translation>
    </message>
    <message>
        <source>--repeat must be a whole number from 1 to 10000, not &quot;%1&quot;</source>
        <translation>--repeat 必须是 1 到 10000 之间的整数，不能是“%1”</translation>
    </message>
    <message>
        <source>unknown benchmark &quot;%1&quot;; available: %2</source>
        <translation>未知的基准测试“%1”；可用的有：%2</translation>
    </message>
    <message>
        <source>measuring: %1 ...</source>
        <translation>正在测量：%1 ……</translation>
    </message>
    <message>
        <source>
%1 applications in %2 (%3); median and p95 of %4 runs after %5 warm-ups, pages of %6 rows; floor: %7</source>
        <translation>
%2（%3）中共 %1 条申请；%5 次预热后 %4 次运行的中位数和 p95，每页 %6 行；基准线：%7</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 1 to %2, not &quot;%3&quot;</source>
        <translation>--%1 必须是 1 到 %2 之间的整数，不能是“%3”</translation>
    </message>
    <message>
        <source>
%1 applications in %2 (%3); median and p95 of %4 runs after %5 warm-ups</source>
        <translation>
%2（%3）中共 %1 条申请；%5 次预热后 %4 次运行的中位数和 p95</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>
%1 (%2 bytes), median of %3 runs; peak resident memory %4 MB</source>
        <translation>
%1（%2 字节），%3 次运行的中位数；常驻内存峰值 %4 MB</translation>
    </message>
    <message>
        <source>bench ocr: seed of the generated ID cards (default %1).</source>
        <translation>bench ocr：生成身份证样本的随机种子（默认 %1）。</translation>
    </message>
    <message>
        <source>bench idle-desks: simulated desks, one connection each (default 64).</source>
        <translation>bench idle-desks：模拟的坐席数，每个坐席一个连接（默认 64）。</translation>
    </message>
    <message>
        <source>bench idle-desks: the measured window (default 60).</source>
        <translation>bench idle-desks：测量时长，单位秒（默认 60）。</translation>
    </message>
    <message>
        <source>bench idle-desks: seconds between a desk&apos;s count refreshes (default 2, the throttle of a busy office).</source>
        <translation>bench idle-desks：每个坐席刷新计数的间隔秒数（默认 2，即繁忙办公室的节流上限）。</translation>
    </message>
    <message>
        <source>bench idle-desks: count with the old full COUNT(*) queries instead of the kept counters.</source>
        <translation>bench idle-desks：用旧的全表 COUNT(*) 查询计数，而不是维护的计数器。</translation>
    </message>
    <message>
        <source>usage: bench idle-desks [--desks 1..500] [--seconds N] [--count-every S &gt;= 0.1] [--scan]</source>
        <translation>用法：bench idle-desks [--desks 1..500] [--seconds N] [--count-every S &gt;= 0.1] [--scan]</translation>
    </message>
    <message>
        <source>--count must be a whole number from 1 to 100000, not &quot;%1&quot;</source>
        <translation>--count 必须是 1 到 100000 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &quot;%1&quot;</source>
        <translation>--seed 必须是 0 到 4294967295 之间的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>Time the queue&apos;s queries (bench queue), decoding (bench decode FILE), the notification dispatcher (bench dispatch) or the OCR ID reader (bench ocr).</source>
        <translation>测量队列查询（bench queue）、解码（bench decode FILE）、通知派发（bench dispatch）或 OCR 身份证识别（bench ocr）的耗时。</translation>
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
    <name>CheckDocumentCommand</name>
    <message>
        <source>Files, or file:, http: or https: URLs.</source>
        <translation>文件，或 file:、http:、https: URL。</translation>
    </message>
    <message>
        <source>Byte cap in MB (default 25, as the desk).</source>
        <translation>大小上限，单位 MB（默认 25，与审核台相同）。</translation>
    </message>
    <message>
        <source>Seconds without data before giving up (default 15).</source>
        <translation>收不到数据多少秒后放弃（默认 15）。</translation>
    </message>
    <message>
        <source>check-document needs at least one file or URL</source>
        <translation>check-document 至少需要一个文件或 URL</translation>
    </message>
    <message>
        <source>--max-mb and --timeout must be positive numbers</source>
        <translation>--max-mb 和 --timeout 必须是正数</translation>
    </message>
    <message>
        <source>%1: ok, %2 %3 × %4</source>
        <translation>%1：正常，%2 %3 × %4</translation>
    </message>
    <message>
        <source>
  warning: </source>
        <translation>
  警告：</translation>
    </message>
    <message>
        <source>Check documents (files or URLs) the way the viewer loads them.</source>
        <translation>按查看器加载的方式检查材料（文件或 URL）。</translation>
    </message>
</context>
<context>
    <name>CommandOutput</name>
    <message>
        <source>reissuedesk-admin: error: </source>
        <translation>reissuedesk-admin：错误：</translation>
    </message>
    <message>
        <source>reissuedesk-admin: warning: </source>
        <translation>reissuedesk-admin：警告：</translation>
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
    <name>DisableOperatorCommand</name>
    <message>
        <source>The operator&apos;s login.</source>
        <translation>坐席的登录名。</translation>
    </message>
    <message>
        <source>--login must name an operator (lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>--login 必须是坐席的登录名（小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;）</translation>
    </message>
    <message>
        <source>disabled %1 (id %2); their history is kept</source>
        <translation>已停用 %1（id %2）；其历史记录保留</translation>
    </message>
    <message>
        <source>%1 (id %2) was already disabled</source>
        <translation>%1（id %2）此前已停用</translation>
    </message>
    <message>
        <source>Stop an operator from logging in; history is kept.</source>
        <translation>禁止坐席登录；历史记录保留。</translation>
    </message>
</context>
<context>
    <name>DispatchBenchmark</name>
    <message>
        <source>bench dispatch would send the %1 messages already waiting in this database&apos;s outbox: run it on a scratch database (migrate a new one)</source>
        <translation>bench dispatch 会把该数据库发件队列中已在等待的 %1 条消息发出去：请在临时数据库上运行（新建一个并执行 migrate）</translation>
    </message>
    <message>
        <source>round %1: seeding %2 messages ...</source>
        <translation>第 %1 轮：正在生成 %2 条消息 ……</translation>
    </message>
    <message>
        <source>round %1: bare POST loop ...</source>
        <translation>第 %1 轮：纯 POST 循环 ……</translation>
    </message>
    <message>
        <source>round %1: dispatcher ...</source>
        <translation>第 %1 轮：派发器 ……</translation>
    </message>
    <message>
        <source>the benchmark did not deliver everything: dispatcher sent %1 of %2, the POST loop %3%4</source>
        <translation>基准测试没有全部送达：派发器发送了 %2 条中的 %1 条，POST 循环 %3%4</translation>
    </message>
    <message>
        <source>
%1 messages x %10 rounds (medians), %2 in flight, batches of %3, outbox in %4 (%5): dispatcher %6 msg/s, bare POST loop %7 msg/s, %8 of the floor; goal &gt;= 500 msg/s and &gt;= 0.5: %9</source>
        <translation>
%1 条消息 × %10 轮（中位数），同时 %2 个请求，每批 %3 条，发件队列在 %4（%5）：派发器 %6 条/秒，纯 POST 循环 %7 条/秒，为基准线的 %8；目标 &gt;= 500 条/秒且 &gt;= 0.5：%9</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>未达成</translation>
    </message>
</context>
<context>
    <name>DispatchCommand</name>
    <message>
        <source>%1 sent, %2 to retry, %3 dead, %4 given back</source>
        <translation>已发送 %1，待重试 %2，死信 %3，已交还 %4</translation>
    </message>
    <message numerus="yes">
        <source>, %n answered after the claim had lapsed (counted once, by the later claim)</source>
        <translation>
            <numerusform>，%n 条在认领过期后才得到应答（只按后来的认领计一次）</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway&apos;s base URL (http:// or https://, no credentials in it); messages go to &lt;URL&gt;/v1/sms and &lt;URL&gt;/v1/email.</source>
        <translation>网关的基础 URL（http:// 或 https://，不含凭据）；消息发往 &lt;URL&gt;/v1/sms 和 &lt;URL&gt;/v1/email。</translation>
    </message>
    <message>
        <source>Deliver what is due now, then exit.</source>
        <translation>派发当前到期的消息，然后退出。</translation>
    </message>
    <message>
        <source>Bearer token on the first line of FILE (readable by its owner only). Without it: $REISSUEDESK_GATEWAY_TOKEN, or no token.</source>
        <translation>持有者令牌（bearer token），放在文件的第一行（该文件只允许属主读取）。不给此选项时：使用 $REISSUEDESK_GATEWAY_TOKEN，否则不带令牌。</translation>
    </message>
    <message>
        <source>Messages claimed at once (default 100).</source>
        <translation>每次领取的消息数（默认 100）。</translation>
    </message>
    <message>
        <source>Requests in flight (default 8).</source>
        <translation>同时进行的请求数（默认 8）。</translation>
    </message>
    <message>
        <source>Tries before a message is dead-lettered (default 10).</source>
        <translation>消息转为死信前的尝试次数（默认 10）。</translation>
    </message>
    <message>
        <source>Seconds one request may take, connect to last byte (default 10).</source>
        <translation>单个请求从连接到最后一个字节允许的秒数（默认 10）。</translation>
    </message>
    <message>
        <source>This dispatcher&apos;s name in notifications.claimed_by (default host:pid).</source>
        <translation>本派发器在 notifications.claimed_by 中的名称（默认 主机:进程号）。</translation>
    </message>
    <message>
        <source>Seconds a claim lasts before another dispatcher may take the rows over (default 120).</source>
        <translation>领取的有效秒数，过期后其他派发器可接手这些消息（默认 120）。</translation>
    </message>
    <message>
        <source>Seconds before the first retry; later ones double (default 10).</source>
        <translation>第一次重试前等待的秒数；之后每次加倍（默认 10）。</translation>
    </message>
    <message>
        <source>dispatch needs --gateway URL (see reissuedesk-admin dispatch --help)</source>
        <translation>dispatch 需要 --gateway URL（参见 reissuedesk-admin dispatch --help）</translation>
    </message>
    <message>
        <source>dispatching from %1 to %2 as %3 (batches of %4, %5 in flight, %6)%7</source>
        <translation>以 %3 的身份从 %1 派发到 %2（每批 %4 条，同时 %5 个请求，%6）%7</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>不带令牌</translation>
    </message>
    <message>
        <source>with a token</source>
        <translation>带令牌</translation>
    </message>
    <message>
        <source>, until nothing is due</source>
        <translation>，直到没有到期的消息为止</translation>
    </message>
    <message>
        <source>%1 after %2 s</source>
        <translation>%1（已运行 %2 秒）</translation>
    </message>
    <message>
        <source>%1: stopping (waiting for the requests in flight; send it again to quit at once)</source>
        <translation>%1：正在停止（等待进行中的请求完成；再发一次该信号则立即退出）</translation>
    </message>
    <message>
        <source>finished after %1 s: %2</source>
        <translation>运行 %1 秒后结束：%2</translation>
    </message>
    <message>
        <source>Deliver queued customer messages to the SMS / e-mail gateway (a service; --once: what is due now).</source>
        <translation>把排队的客户消息派发到短信 / 电子邮件网关（作为服务运行；--once：只派发当前到期的）。</translation>
    </message>
    <message>
        <source>Minutes before an application&apos;s 24-hour promise passes at which a customer whose application still waits for a second review is told (default 120; 0: never).</source>
        <translation>在申请的 24 小时承诺时限到期前多少分钟，通知仍在等待复核的客户（默认 120；0：不通知）。</translation>
    </message>
    <message>
        <source>reconnected to the database; dispatching goes on</source>
        <translation>已重新连接到数据库；继续发送</translation>
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
    <name>HttpSink</name>
    <message>
        <source>the benchmark&apos;s HTTP server cannot listen: %1</source>
        <translation>基准测试的 HTTP 服务器无法监听：%1</translation>
    </message>
</context>
<context>
    <name>IdleDeskBenchmark</name>
    <message>
        <source>bench idle-desks measures a shared PostgreSQL server; this is SQLite</source>
        <translation>bench idle-desks 测量的是共享的 PostgreSQL 服务器，而这里是 SQLite</translation>
    </message>
    <message>
        <source>the server&apos;s processes cannot be read from /proc here: is the server on this machine?</source>
        <translation>无法从 /proc 读取服务器进程：服务器是否运行在本机？</translation>
    </message>
    <message>
        <source>%1 idle desks (%2 counts) on %3 applications for %4 s: server CPU %5 % of one core; %6 counts, median %7 ms; load average %8 -&gt; %9</source>
        <translation>%1 个空闲坐席（%2 计数），%3 条申请，%4 秒：服务器 CPU 占单核的 %5 %；计数 %6 次，中位数 %7 毫秒；系统负载 %8 -&gt; %9</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>A .jsonl file, or - for standard input.</source>
        <translation>一个 .jsonl 文件，或用 - 表示标准输入。</translation>
    </message>
    <message>
        <source>A document store origin and path prefix (https://host/prefix/); repeatable.</source>
        <translation>材料存储的源地址和路径前缀（https://主机/前缀/）；可重复给出。</translation>
    </message>
    <message>
        <source>As --allow-origin, for a store on loopback or a private network.</source>
        <translation>同 --allow-origin，用于回环地址或内网上的存储。</translation>
    </message>
    <message>
        <source>A folder file: documents may be in (SQLite: &apos;documents&apos; beside the database is always allowed); repeatable.</source>
        <translation>file: 材料允许所在的文件夹（SQLite：数据库旁的 &apos;documents&apos; 始终允许）；可重复给出。</translation>
    </message>
    <message>
        <source>import takes exactly one FILE (or - for standard input)</source>
        <translation>import 需要且只需要一个文件（或用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation>第 %1 行：已拒收：%2</translation>
    </message>
    <message>
        <source>line %1: %2 already present, skipped</source>
        <translation>第 %1 行：%2 已存在，已跳过</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>%1 lines: %2 imported, %3 already present, %4 rejected</source>
        <translation>共 %1 行：导入 %2，已存在 %3，拒收 %4</translation>
    </message>
    <message>
        <source>Import applications from a JSON Lines file (see docs/IMPORT.md).</source>
        <translation>从 JSON Lines 文件导入申请（参见 docs/IMPORT.md）。</translation>
    </message>
    <message>
        <source>the database failed, the import stopped: %1</source>
        <translation>数据库出错，导入已停止：%1</translation>
    </message>
</context>
<context>
    <name>ImportShipmentsCommand</name>
    <message>
        <source>%1; the lines before it are recorded, and running the same file again does the rest</source>
        <translation>%1；此前的行已记录，再次运行同一文件即可完成其余部分</translation>
    </message>
    <message>
        <source>%1 lines read: %2 %3, %4 already recorded, %5 rejected</source>
        <translation>读取 %1 行：%3 %2，已登记过 %4，拒收 %5</translation>
    </message>
    <message>
        <source>would ship</source>
        <translation>将标记发货</translation>
    </message>
    <message>
        <source>The carrier&apos;s .csv file, or - for standard input (a FIFO works too).</source>
        <translation>承运商的 .csv 文件，或用 - 表示标准输入（也可以是 FIFO）。</translation>
    </message>
    <message>
        <source>Check every line and report; write nothing.</source>
        <translation>检查每一行并报告；不写入任何内容。</translation>
    </message>
    <message>
        <source>import-shipments takes exactly one FILE (or - for standard input)</source>
        <translation>import-shipments 需要且只需要一个文件（或用 - 表示标准输入）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation>第 %1 行：已拒收：%2</translation>
    </message>
    <message>
        <source>%1: %2; nothing was written</source>
        <translation>%1：%2；未写入任何内容</translation>
    </message>
    <message>
        <source>Mark applications shipped from a carrier&apos;s CSV export (see docs/SHIPMENTS.md).</source>
        <translation>根据承运商导出的 CSV 把申请标记为已发货（参见 docs/SHIPMENTS.md）。</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已标记发货</translation>
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
    <name>MigrateCommand</name>
    <message>
        <source>%1 is up to date at schema version %2</source>
        <translation>%1 已是最新，数据库结构版本 %2</translation>
    </message>
    <message>
        <source>%1 migrated from schema version %2 to %3 (%4)</source>
        <translation>%1 的数据库结构已从版本 %2 升级到 %3（%4）</translation>
    </message>
    <message>
        <source>Create or upgrade the database schema.</source>
        <translation>创建或升级数据库结构。</translation>
    </message>
    <message>
        <source>; rebuilt the indexes an interrupted bulk load had left dropped: %1</source>
        <translation>；已重建被中断的批量导入留下的已删除索引：%1</translation>
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
    <name>OcrBenchmark</name>
    <message>
        <source>card %1 of %2 ...</source>
        <translation>第 %1 张卡，共 %2 张……</translation>
    </message>
    <message>
        <source>side %1</source>
        <translation>正反面 %1</translation>
    </message>
    <message>
        <source>WRONG number %1</source>
        <translation>号码错误 %1</translation>
    </message>
    <message>
        <source>number not read</source>
        <translation>号码未识别</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; (is %2)</source>
        <translation>姓名“%1”（实际为 %2）</translation>
    </message>
    <message>
        <source>name not read</source>
        <translation>姓名未识别</translation>
    </message>
    <message>
        <source>WRONG expiry %1 (is %2)</source>
        <translation>有效期错误 %1（实际为 %2）</translation>
    </message>
    <message>
        <source>expiry not read</source>
        <translation>有效期未识别</translation>
    </message>
    <message>
        <source>
%1 generated cards, seed %2
numbers read right:     %3
numbers reported wrong: %4
expiry right:           %5, %12 reported wrong
name right:             %6, %13 reported wrong
side right:             %7
time per image:         median %8 ms, p95 %9 ms
peak resident memory:   %10 MB
load average:           %11</source>
        <translation>
生成的身份证 %1 张，随机种子 %2
号码识别正确：    %3
号码报告错误：    %4
有效期正确：      %5，报告错误 %12
姓名正确：        %6，报告错误 %13
正反面正确：      %7
每张图片耗时：    中位数 %8 毫秒，p95 %9 毫秒
峰值常驻内存：    %10 MB
系统负载：        %11</translation>
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
    <name>OptionValues</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，不能是“%4”</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 必须是 %2 到 %3 之间的秒数，不能是“%4”</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds above 0 and at most %2, not &quot;%3&quot;</source>
        <translation>--%1 必须是大于 0、不超过 %2 的秒数，不能是“%3”</translation>
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
    <name>PasswordPrompt</name>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再输入一次同样的密码：</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>两次输入的密码不一致；未作任何更改</translation>
    </message>
    <message>
        <source>the password is empty; nothing was changed (give it on the terminal, or on the first line of standard input)</source>
        <translation>密码为空；未作任何更改（请在终端输入，或放在标准输入的第一行）</translation>
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
    <name>PrecheckCommand</name>
    <message>
        <source>%1…: %2 (%3 ms)</source>
        <translation>%1…：%2（%3 毫秒）</translation>
    </message>
    <message>
        <source>%1…: %2: %3 (%4 ms)</source>
        <translation>%1…：%2：%3（%4 毫秒）</translation>
    </message>
    <message>
        <source>Keep going: wait for new ID scans instead of exiting.</source>
        <translation>持续运行：等待新的身份证扫描件，而不是退出。</translation>
    </message>
    <message>
        <source>Images claimed at once (default 10).</source>
        <translation>一次领取的图片数（默认 10）。</translation>
    </message>
    <message>
        <source>Fetch attempts before an image is given up as failed (default 3).</source>
        <translation>放弃并标记为失败前的获取尝试次数（默认 3）。</translation>
    </message>
    <message>
        <source>Seconds before a failed fetch is tried again (default 60).</source>
        <translation>获取失败后重试前等待的秒数（默认 60）。</translation>
    </message>
    <message>
        <source>Seconds a claim lasts before another precheck may take the image over (default 300).</source>
        <translation>领取的有效秒数，超时后其他预检进程可以接手该图片（默认 300）。</translation>
    </message>
    <message>
        <source>With --watch: seconds between looks for work besides notifications (default 30).</source>
        <translation>配合 --watch：除通知外，两次查找待办工作之间的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>This precheck&apos;s name in id_readings.claimed_by (default host:pid).</source>
        <translation>本预检进程在 id_readings.claimed_by 中的名称（默认 主机:进程号）。</translation>
    </message>
    <message>
        <source>A document store origin and path prefix (https://host/prefix/); repeatable.</source>
        <translation>材料存储的源地址和路径前缀（https://主机/前缀/）；可重复给出。</translation>
    </message>
    <message>
        <source>As --allow-origin, for a store on loopback or a private network.</source>
        <translation>同 --allow-origin，用于回环地址或内网上的存储。</translation>
    </message>
    <message>
        <source>A folder file: documents may be read from; repeatable (SQLite: the database&apos;s documents folder is allowed by default).</source>
        <translation>允许以 file: 读取材料的文件夹；可重复给出（SQLite：默认允许数据库的材料文件夹）。</translation>
    </message>
    <message>
        <source>Bearer token for the document store on the first line of FILE (readable by its owner only).</source>
        <translation>材料存储的 Bearer 令牌，位于 FILE 的第一行（该文件只能由其所有者读取）。</translation>
    </message>
    <message>
        <source>reading ID scans from %1 as %2 (reader version %3)%4</source>
        <translation>正在以 %2 的身份从 %1 读取身份证扫描件（识别器版本 %3）%4</translation>
    </message>
    <message>
        <source>, watching for new ones</source>
        <translation>，并等待新的扫描件</translation>
    </message>
    <message>
        <source>%1: stopping after the image being read; send it again to quit at once</source>
        <translation>%1：读完当前图片后停止；再发送一次即立即退出</translation>
    </message>
    <message>
        <source>cannot LISTEN for new ID scans; polling every %1 s</source>
        <translation>无法 LISTEN 新的身份证扫描件；改为每 %1 秒轮询</translation>
    </message>
    <message>
        <source>%1 read, %2 unreadable, %3 to retry, %4 failed, %5 lost to another reader, %6 given back</source>
        <translation>已识别 %1，无法识别 %2，待重试 %3，失败 %4，被其他识别进程接手 %5，已交还 %6</translation>
    </message>
    <message>
        <source>Read the ID scans waiting for the OCR pre-check and store what they say (--watch: a service).</source>
        <translation>读取等待 OCR 预检的身份证扫描件并保存识别结果（--watch：作为服务运行）。</translation>
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
    <name>ReadIdCommand</name>
    <message>
        <source>Photos or scans of ID cards (front or back).</source>
        <translation>身份证照片或扫描件（正面或背面）。</translation>
    </message>
    <message>
        <source>read-id needs at least one file</source>
        <translation>read-id 至少需要一个文件</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>%1: FAILED: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <source>%1: back, authority %2, valid %3 to %4, confidence %5, %6 ms</source>
        <translation>%1：背面，签发机关 %2，有效期 %3 至 %4，置信度 %5，%6 毫秒</translation>
    </message>
    <message>
        <source>%1: front, number %2, name %3, sex %4, born %5, confidence %6, %7 ms</source>
        <translation>%1：正面，号码 %2，姓名 %3，性别 %4，出生 %5，置信度 %6，%7 毫秒</translation>
    </message>
    <message>
        <source>%1: no ID card found, %2 ms</source>
        <translation>%1：未找到身份证，%2 毫秒</translation>
    </message>
    <message>
        <source>Read ID card photos with the desk&apos;s OCR: number, name, birth date, validity.</source>
        <translation>用审核台的 OCR 读取身份证照片：号码、姓名、出生日期、有效期。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>First day of the period (YYYY-MM-DD, local time).</source>
        <translation>统计期间的第一天（YYYY-MM-DD，本地时间）。</translation>
    </message>
    <message>
        <source>Last day of the period, included (YYYY-MM-DD).</source>
        <translation>统计期间的最后一天，含当天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>The time the backlog is aged at (ISO 8601; default: the current time).</source>
        <translation>计算积压时长所用的时间点（ISO 8601；默认：当前时间）。</translation>
    </message>
    <message>
        <source>usage: report --from YYYY-MM-DD --to YYYY-MM-DD (--to not before --from)</source>
        <translation>用法：report --from YYYY-MM-DD --to YYYY-MM-DD（--to 不能早于 --from）</translation>
    </message>
    <message>
        <source>--%1 must be a day of the calendar as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 必须是日历上存在的日期，格式为 YYYY-MM-DD，而不是“%2”</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to（%1）早于 --from（%2）</translation>
    </message>
    <message>
        <source>the period has %1 days; at most %2 (ten years) are reported at once, so report a longer time in parts</source>
        <translation>该时段共 %1 天；一次最多统计 %2 天（十年），更长的时间请分段统计</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 time, not &quot;%1&quot;</source>
        <translation>--now 必须是 ISO 8601 时间，不能是“%1”</translation>
    </message>
    <message>
        <source>Report for [%1, %2) (backlog as of %3)</source>
        <translation>统计期间 [%1, %2) 的报表（积压截至 %3）</translation>
    </message>
    <message>
        <source>%1 (%2 approved, %3 rejected)</source>
        <translation>%1（通过 %2，驳回 %3）</translation>
    </message>
    <message>
        <source>approval rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>decided within 24 h</source>
        <translation>24 小时内审结</translation>
    </message>
    <message>
        <source>submitted -&gt; decided, median / p90</source>
        <translation>提交 -&gt; 审结，中位数 / p90</translation>
    </message>
    <message>
        <source>claimed -&gt; decided, median / p90</source>
        <translation>领取 -&gt; 审结，中位数 / p90</translation>
    </message>
    <message>
        <source>%1 / %2 (over %3 decisions with a kept claim)</source>
        <translation>%1 / %2（基于 %3 个保留了领取时间的决定）</translation>
    </message>
    <message>
        <source>second reviews waiting</source>
        <translation>等待复核</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>积压（按等待时长）</translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation>驳回原因</translation>
    </message>
    <message>
        <source>median claimed-&gt;decided</source>
        <translation>领取-&gt;审结中位数</translation>
    </message>
    <message>
        <source>2nd reviews asked</source>
        <translation>提请复核</translation>
    </message>
    <message>
        <source>Decisions per day (approved / rejected)</source>
        <translation>每日决定（通过 / 驳回）</translation>
    </message>
    <message>
        <source>Print the supervisors&apos; figures for a period (report --from DAY --to DAY).</source>
        <translation>打印某一期间供主管查看的统计数字（report --from 日期 --to 日期）。</translation>
    </message>
    <message>
        <source>received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已审结</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>决定数</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
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
    <name>SecondReviewReminders</name>
    <message>
        <source>finding applications whose second review outlasts the promise</source>
        <translation>查找复核超出承诺时限的申请</translation>
    </message>
</context>
<context>
    <name>SeedDemoCommand</name>
    <message>
        <source>How many applications to add (default 1000).</source>
        <translation>要添加的申请数量（默认 1000）。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>随机种子；相同的种子生成相同的数据。</translation>
    </message>
    <message>
        <source>Document root for the generated files (default: &apos;documents&apos; beside an SQLite database).</source>
        <translation>生成的文件所在的材料根目录（默认：SQLite 数据库旁的 &apos;documents&apos;）。</translation>
    </message>
    <message>
        <source>Create no document files or rows.</source>
        <translation>不创建材料文件，也不写材料记录。</translation>
    </message>
    <message>
        <source>Anchor time (ISO 8601) for submission times; default: the current time.</source>
        <translation>提交时间的基准时间（ISO 8601）；默认：当前时间。</translation>
    </message>
    <message>
        <source>--count must be a whole number from 0 to 100000000, not &quot;%1&quot;</source>
        <translation>--count 必须是 0 到 100000000 之间的整数，不能是“%1”</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295</source>
        <translation>--seed 必须是 0 到 4294967295 之间的整数</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 time such as 2026-11-24T10:00:00Z</source>
        <translation>--now 必须是 ISO 8601 时间，例如 2026-11-24T10:00:00Z</translation>
    </message>
    <message>
        <source>seeding: %1 / %2 applications</source>
        <translation>正在生成：%1 / %2 条申请</translation>
    </message>
    <message>
        <source>added %1 applications (%2 decided) and %3 document files (%4 MB%5) in %6 s</source>
        <translation>用时 %6 秒，添加了 %1 条申请（其中 %2 条已审结）和 %3 个材料文件（%4 MB%5）</translation>
    </message>
    <message>
        <source> under </source>
        <translation>，位于 </translation>
    </message>
    <message>
        <source>Add synthetic applications (and their document files) for demos and benchmarks.</source>
        <translation>为演示和基准测试添加模拟申请（及其材料文件）。</translation>
    </message>
</context>
<context>
    <name>SetPasswordCommand</name>
    <message>
        <source>The operator&apos;s login.</source>
        <translation>坐席的登录名。</translation>
    </message>
    <message>
        <source>--login must name an operator (lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>--login 必须是坐席的登录名（小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;）</translation>
    </message>
    <message>
        <source>there is no operator with the login %1</source>
        <translation>没有登录名为 %1 的坐席</translation>
    </message>
    <message>
        <source>new password set for %1 (id %2)</source>
        <translation>已为 %1（id %2）设置新密码</translation>
    </message>
    <message>
        <source>Give an operator a new password.</source>
        <translation>为坐席设置新密码。</translation>
    </message>
</context>
<context>
    <name>SoakCommand</name>
    <message>
        <source>letting the server settle (VACUUM ANALYZE)...</source>
        <translation>等待服务器平静下来（VACUUM ANALYZE）……</translation>
    </message>
    <message>
        <source>Simulated operators (default 64).</source>
        <translation>模拟坐席数（默认 64）。</translation>
    </message>
    <message>
        <source>How long to run (default 5).</source>
        <translation>运行时长，分钟（默认 5）。</translation>
    </message>
    <message>
        <source>How long to run, in seconds (instead of --minutes).</source>
        <translation>运行时长，秒（代替 --minutes）。</translation>
    </message>
    <message>
        <source>Seconds between progress lines (default 30).</source>
        <translation>两行进度之间的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>Memory counts as flat when the last minute&apos;s peak is less than this many MiB above the first minute&apos;s (default 16).</source>
        <translation>最后一分钟的内存峰值比第一分钟高出不到这么多 MiB 时，视为内存平稳（默认 16）。</translation>
    </message>
    <message>
        <source>Claim lease (default 5, so that abandoned claims expire during the run).</source>
        <translation>领取租期，秒（默认 5，使被放弃的领取在运行中过期）。</translation>
    </message>
    <message>
        <source>Do not run pgbench&apos;s decide-shaped transaction as the floor afterwards.</source>
        <translation>结束后不运行 pgbench 的同形审核事务作为基准下限。</translation>
    </message>
    <message>
        <source>usage: soak [--operators 1..256] [--minutes M | --seconds S] [--progress-seconds S] [--rss-bound-mib MIB] [--lease-seconds S] [--json]</source>
        <translation>用法：soak [--operators 1..256] [--minutes M | --seconds S] [--progress-seconds S] [--rss-bound-mib MIB] [--lease-seconds S] [--json]</translation>
    </message>
    <message>
        <source>soak measures many desks on a shared PostgreSQL server; it does not run on SQLite (use stress for a quick check there)</source>
        <translation>soak 测量多个坐席共用一台 PostgreSQL 服务器的情况，不能在 SQLite 上运行（在 SQLite 上请用 stress 做快速检查）</translation>
    </message>
    <message>
        <source>%1 s: %2 decisions, %3 errors, client RSS %4 MiB</source>
        <translation>%1 秒：%2 个决定，%3 个错误，客户端内存 %4 MiB</translation>
    </message>
    <message>
        <source>pgbench, decide-shaped transaction, %1 clients: p50 %2 ms, p99 %3 ms; decide p99 / pgbench p99 = %4</source>
        <translation>pgbench 同形审核事务，%1 个客户端：p50 %2 毫秒，p99 %3 毫秒；审核 p99 / pgbench p99 = %4</translation>
    </message>
    <message>
        <source>no pgbench floor: %1</source>
        <translation>没有 pgbench 基准下限：%1</translation>
    </message>
    <message>
        <source>%1 operators for %2 s: %3 decisions (%4/s), %5 errors, %6 double decisions, %7 lost (%8 not recorded, %9 without outbox, %10 without audit); decide p50 %11 ms, p99 %12 ms</source>
        <translation>%1 个坐席运行 %2 秒：%3 个决定（每秒 %4 个），%5 个错误，%6 个重复决定，%7 个丢失（%8 个未记录，%9 个没有待发通知，%10 个没有审计记录）；审核 p50 %11 毫秒，p99 %12 毫秒</translation>
    </message>
    <message>
        <source>client RSS: first minute&apos;s peak %1 MiB, last minute&apos;s %2 MiB, growth %3 MiB (bound %4): %5</source>
        <translation>客户端内存：第一分钟峰值 %1 MiB，最后一分钟 %2 MiB，增长 %3 MiB（上限 %4）：%5</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>growing</source>
        <translation>在增长</translation>
    </message>
    <message>
        <source>verdict: pass</source>
        <translation>结论：通过</translation>
    </message>
    <message>
        <source>verdict: FAIL</source>
        <translation>结论：失败</translation>
    </message>
    <message>
        <source>Keep simulated operators deciding for minutes and check errors, lost work and memory.</source>
        <translation>让模拟坐席连续审核若干分钟，并检查错误、丢失的工作和内存。</translation>
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
    <name>StatsCommand</name>
    <message>
        <source>%1 applications in %2
%3</source>
        <translation>%2 中共有 %1 条申请
%3</translation>
    </message>
    <message>
        <source>Count applications by status.</source>
        <translation>按状态统计申请数量。</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>in_review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>awaiting_second_review</source>
        <translation>等待复核</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
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
    <name>StreamInput</name>
    <message>
        <source>standard input is closed</source>
        <translation>标准输入已关闭</translation>
    </message>
</context>
<context>
    <name>StressCommand</name>
    <message>
        <source>Simulated operators (default 8).</source>
        <translation>模拟的坐席人数（默认 8）。</translation>
    </message>
    <message>
        <source>Fresh applications to decide (default 1000).</source>
        <translation>要审结的新申请数量（默认 1000）。</translation>
    </message>
    <message>
        <source>Claim lease (default 3, so that abandoned claims expire during the run).</source>
        <translation>领取租期（默认 3，使被放弃的领取在运行期间过期）。</translation>
    </message>
    <message>
        <source>Share of claims abandoned (default 0.03).</source>
        <translation>被放弃的领取所占比例（默认 0.03）。</translation>
    </message>
    <message>
        <source>Share of decisions sent twice (default 0.1).</source>
        <translation>重复提交的决定所占比例（默认 0.1）。</translation>
    </message>
    <message>
        <source>--operators must be 1..256, --applications and --lease-seconds at least 1</source>
        <translation>--operators 必须在 1..256 之间，--applications 和 --lease-seconds 至少为 1</translation>
    </message>
    <message>
        <source>adding %1 applications...</source>
        <translation>正在添加 %1 条申请……</translation>
    </message>
    <message>
        <source>%1 operators decided %2 of %3 applications in %4 s (%5/s): %6 double decisions, %7 lost, %8 undecided, %9 expired claims; decide p50 %10 ms, p99 %11 ms</source>
        <translation>%1 名坐席用 %4 秒审结了 %3 条申请中的 %2 条（%5 条/秒）：重复决定 %6，丢失 %7，未审结 %8，过期领取 %9；决定耗时 p50 %10 ms，p99 %11 ms</translation>
    </message>
    <message>
        <source>Race simulated operators through fresh applications and check that each is decided once.</source>
        <translation>让模拟坐席并发审核新申请，并检查每条申请只被审结一次。</translation>
    </message>
    <message>
        <source>PostgreSQL: decide in the client&apos;s transaction, as before migration 0018 (for comparison).</source>
        <translation>PostgreSQL：像迁移 0018 之前那样在客户端事务中作出决定（用于对比）。</translation>
    </message>
    <message>
        <source>PostgreSQL: do not run the pgbench floors afterwards (a decide-shaped transaction on bare tables, and reissuedesk_decide() on the real ones).</source>
        <translation>PostgreSQL：之后不运行 pgbench 基准下限（在空白表上的决定型事务，以及在真实表上调用 reissuedesk_decide()）。</translation>
    </message>
    <message>
        <source>running pgbench&apos;s decide-shaped transaction with %1 clients...</source>
        <translation>正在用 %1 个客户端运行 pgbench 的决定型事务……</translation>
    </message>
    <message>
        <source>pgbench, decide-shaped transaction, %1 clients, %2 transactions: p50 %3 ms, p99 %4 ms; decide p99 / pgbench p99 = %5</source>
        <translation>pgbench，决定型事务，%1 个客户端，%2 个事务：p50 %3 毫秒，p99 %4 毫秒；决定 p99 / pgbench p99 = %5</translation>
    </message>
    <message>
        <source>no pgbench floor: %1</source>
        <translation>没有 pgbench 基准下限：%1</translation>
    </message>
    <message>
        <source>running pgbench on reissuedesk_decide() with %1 clients...</source>
        <translation>正在用 %1 个客户端运行 pgbench 调用 reissuedesk_decide()……</translation>
    </message>
    <message>
        <source>pgbench calling reissuedesk_decide(), %1 clients, %2 transactions: p50 %3 ms, p99 %4 ms; decide p99 / its p99 = %5</source>
        <translation>pgbench 调用 reissuedesk_decide()，%1 个客户端，%2 个事务：p50 %3 毫秒，p99 %4 毫秒；决定 p99 / 其 p99 = %5</translation>
    </message>
    <message>
        <source>no pgbench floor on the schema: %1</source>
        <translation>没有真实表上的 pgbench 基准下限：%1</translation>
    </message>
    <message>
        <source>letting the server settle (VACUUM ANALYZE)...</source>
        <translation>等待服务器平静下来（VACUUM ANALYZE）……</translation>
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
    <name>WriteTransaction</name>
    <message>
        <source>starting a write transaction</source>
        <translation>开始写事务</translation>
    </message>
</context>
<context>
    <name>reissuedesk::cli::StopSignals</name>
    <message>
        <source>cannot create the signal pipe: %1</source>
        <translation>无法创建信号管道：%1</translation>
    </message>
    <message>
        <source>cannot handle SIGTERM and SIGINT: %1</source>
        <translation>无法处理 SIGTERM 和 SIGINT：%1</translation>
    </message>
</context>
</TS>
