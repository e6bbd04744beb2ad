<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddOperatorCommand</name>
    <message>
        <source>Login name (lower-case letters, digits, . _ -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name (default: the login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator (default), supervisor or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login must start with a lower-case letter and contain only a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 63 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be operator, supervisor or admin, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists (id %2), unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 %2 (id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an operator, supervisor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminCommand</name>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminTool</name>
    <message>
        <source>Usage: reissuedesk-admin COMMAND [--db URL] [--json] [options]

Administration and tooling for ReissueDesk.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Database URLs: sqlite:PATH or postgresql://user@host:port/dbname (password from PGPASSWORD, ~/.pgpass or a prompt).
Without --db: $REISSUEDESK_DB, else the embedded SQLite database in the user&apos;s data folder.
Run &apos;reissuedesk-admin COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run reissuedesk-admin --help for the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL (sqlite:PATH or postgresql://...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output: one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see reissuedesk-admin %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchCommand</name>
    <message>
        <source>What to measure: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed runs per case (default 20), after 2 warm-up runs; the figures are their median and 95th percentile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show each case&apos;s statement with its values written in, as the database&apos;s own client runs it for the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench dispatch: messages to send (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench dispatch: requests in flight (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench dispatch: messages claimed at once (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench dispatch: floor and dispatcher runs, alternately (default 3; medians).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: bench decode FILE [--repeat N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench takes exactly one WHAT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--repeat must be a whole number from 1 to 10000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown benchmark &quot;%1&quot;; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring: %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 applications in %2 (%3); median and p95 of %4 runs after %5 warm-ups, pages of %6 rows; floor: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 1 to %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 applications in %2 (%3); median and p95 of %4 runs after %5 warm-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 (%2 bytes), median of %3 runs; peak resident memory %4 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the queue&apos;s queries (bench queue), decoding (bench decode FILE) or the notification dispatcher (bench dispatch).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDocumentCommand</name>
    <message>
        <source>Files, or file:, http: or https: URLs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte cap in MB (default 25, as the desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds without data before giving up (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-document needs at least one file or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-mb and --timeout must be positive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok, %2 %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check documents (files or URLs) the way the viewer loads them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandOutput</name>
    <message>
        <source>reissuedesk-admin: error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reissuedesk-admin: warning: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisableOperatorCommand</name>
    <message>
        <source>The operator&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login must name an operator (lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled %1 (id %2); their history is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2) was already disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop an operator from logging in; history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchBenchmark</name>
    <message>
        <source>bench dispatch would send the %1 messages already waiting in this database&apos;s outbox: run it on a scratch database (migrate a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1: seeding %2 messages ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1: bare POST loop ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round %1: dispatcher ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the benchmark did not deliver everything: dispatcher sent %1 of %2, the POST loop %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
%1 messages x %10 rounds (medians), %2 in flight, batches of %3, outbox in %4 (%5): dispatcher %6 msg/s, bare POST loop %7 msg/s, %8 of the floor; goal &gt;= 500 msg/s and &gt;= 0.5: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchCommand</name>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds above 0 and at most %2, not &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 to retry, %3 dead, %4 given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s base URL (http:// or https://, no credentials in it); messages go to &lt;URL&gt;/v1/sms and &lt;URL&gt;/v1/email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver what is due now, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token on the first line of FILE (readable by its owner only). Without it: $REISSUEDESK_GATEWAY_TOKEN, or no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages claimed at once (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests in flight (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries before a message is dead-lettered (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds one request may take, connect to last byte (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dispatcher&apos;s name in notifications.claimed_by (default host:pid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds a claim lasts before another dispatcher may take the rows over (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before the first retry; later ones double (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatch needs --gateway URL (see reissuedesk-admin dispatch --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatching from %1 to %2 as %3 (batches of %4, %5 in flight, %6)%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, until nothing is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopping (waiting for the requests in flight; send it again to quit at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished after %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver queued customer messages to the SMS / e-mail gateway (a service; --once: what is due now).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpSink</name>
    <message>
        <source>the benchmark&apos;s HTTP server cannot listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>A .jsonl file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document store origin and path prefix (https://host/prefix/); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As --allow-origin, for a store on loopback or a private network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder file: documents may be in (SQLite: &apos;documents&apos; beside the database is always allowed); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes exactly one FILE (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 already present, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines: %2 imported, %3 already present, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import applications from a JSON Lines file (see docs/IMPORT.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportShipmentsCommand</name>
    <message>
        <source>%1 lines read: %2 %3, %4 already recorded, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carrier&apos;s .csv file, or - for standard input (a FIFO works too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every line and report; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-shipments takes exactly one FILE (or - for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark applications shipped from a carrier&apos;s CSV export (see docs/SHIPMENTS.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>%1 is up to date at schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 migrated from schema version %2 to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or upgrade the database schema.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is empty; nothing was changed (give it on the terminal, or on the first line of standard input)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>First day of the period (YYYY-MM-DD, local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period, included (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time the backlog is aged at (ISO 8601; default: the current time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: report --from YYYY-MM-DD --to YYYY-MM-DD (--to not before --from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 time, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for [%1, %2) (backlog as of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 approved, %3 rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted -&gt; decided, median / p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed -&gt; decided, median / p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 (over %3 decisions with a kept claim)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second reviews waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median claimed-&gt;decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd reviews asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions per day (approved / rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the supervisors&apos; figures for a period (report --from DAY --to DAY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeedDemoCommand</name>
    <message>
        <source>How many applications to add (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document root for the generated files (default: &apos;documents&apos; beside an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create no document files or rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor time (ISO 8601) for submission times; default: the current time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count must be a whole number from 0 to 100000000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 time such as 2026-11-24T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seeding: %1 / %2 applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 applications (%2 decided) and %3 document files (%4 MB%5) in %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> under </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add synthetic applications (and their document files) for demos and benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPasswordCommand</name>
    <message>
        <source>The operator&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login must name an operator (lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no operator with the login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new password set for %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an operator a new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>%1 applications in %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count applications by status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StressCommand</name>
    <message>
        <source>Simulated operators (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh applications to decide (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim lease (default 3, so that abandoned claims expire during the run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of claims abandoned (default 0.03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of decisions sent twice (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--operators must be 1..256, --applications and --lease-seconds at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding %1 applications...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 operators decided %2 of %3 applications in %4 s (%5/s): %6 double decisions, %7 lost, %8 undecided, %9 expired claims; decide p50 %10 ms, p99 %11 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race simulated operators through fresh applications and check that each is decided once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reissuedesk::cli::StopSignals</name>
    <message>
        <source>cannot create the signal pipe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot handle SIGTERM and SIGINT: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
