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
        <translation>operator（操作员，默认）、supervisor（主管）或 admin（管理员）。</translation>
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
        <translation>登记操作员、主管或管理员。</translation>
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
        <source>Time the queue&apos;s queries (bench queue), decoding (bench decode FILE) or the notification dispatcher (bench dispatch).</source>
        <translation>测量队列查询（bench queue）、解码（bench decode 文件）或通知派发器（bench dispatch）的耗时。</translation>
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
    <name>DisableOperatorCommand</name>
    <message>
        <source>The operator&apos;s login.</source>
        <translation>操作员的登录名。</translation>
    </message>
    <message>
        <source>--login must name an operator (lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>--login 必须是操作员的登录名（小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;）</translation>
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
        <translation>禁止操作员登录；历史记录保留。</translation>
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
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数，不能是“%4”</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds above 0 and at most %2, not &quot;%3&quot;</source>
        <translation>--%1 必须是大于 0、不超过 %2 的秒数，不能是“%3”</translation>
    </message>
    <message>
        <source>%1 sent, %2 to retry, %3 dead, %4 given back</source>
        <translation>已发送 %1，待重试 %2，死信 %3，已交还 %4</translation>
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
</context>
<context>
    <name>HttpSink</name>
    <message>
        <source>the benchmark&apos;s HTTP server cannot listen: %1</source>
        <translation>基准测试的 HTTP 服务器无法监听：%1</translation>
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
</context>
<context>
    <name>ImportShipmentsCommand</name>
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
        <translation>操作员</translation>
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
        <translation>操作员的登录名。</translation>
    </message>
    <message>
        <source>--login must name an operator (lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation>--login 必须是操作员的登录名（小写字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;）</translation>
    </message>
    <message>
        <source>there is no operator with the login %1</source>
        <translation>没有登录名为 %1 的操作员</translation>
    </message>
    <message>
        <source>new password set for %1 (id %2)</source>
        <translation>已为 %1（id %2）设置新密码</translation>
    </message>
    <message>
        <source>Give an operator a new password.</source>
        <translation>为操作员设置新密码。</translation>
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
    <name>StressCommand</name>
    <message>
        <source>Simulated operators (default 8).</source>
        <translation>模拟的操作员人数（默认 8）。</translation>
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
        <translation>%1 名操作员用 %4 秒审结了 %3 条申请中的 %2 条（%5 条/秒）：重复决定 %6，丢失 %7，未审结 %8，过期领取 %9；决定耗时 p50 %10 ms，p99 %11 ms</translation>
    </message>
    <message>
        <source>Race simulated operators through fresh applications and check that each is decided once.</source>
        <translation>让模拟操作员并发审核新申请，并检查每条申请只被审结一次。</translation>
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
