<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Aws</name>
    <message>
        <source>The %1 answer is not a JSON object: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetricDataResult &quot;%1&quot;: timestamp %2 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetricDataResult &quot;%1&quot;: value %2 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetricDataResult &quot;%1&quot; has %2 timestamps but %3 values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a &lt;%1&gt; answer, got &lt;%2&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetricDataResult &quot;%1&quot;: timestamp %2 &quot;%3&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MetricDataResult &quot;%1&quot;: value %2 &quot;%3&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendDataPoint %1: %2 &quot;%3&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetSendQuota: %1 &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::AssumeRoleCredentialsProvider</name>
    <message>
        <source>profile &quot;%1&quot;: role %2 assumed with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: assuming role %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::AwsClient</name>
    <message>
        <source>No credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint for %1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send AWS credentials over %1 to %2: only https:// is allowed, or http:// to a loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::AwsConfigFile</name>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section [%1] appears a second time (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setting appears before the first [section] header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot;, found no key before &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setting in [%1] is set a second time (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set a second time in [%2] (first on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot; in an indented block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot; in the indented block under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::ProcessCredentialsProvider</name>
    <message>
        <source>credential_process of profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process of profile &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process of profile &quot;%1&quot; cannot be split into words: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential_process of profile &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exited with code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed nothing; expected JSON with &quot;Version&quot;: 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed output that is not valid JSON (%2 at character %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed JSON that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed no &quot;Version&quot;; the supported version is 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed unsupported &quot;Version&quot; %2; the supported version is 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed no &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed a &quot;%2&quot; that is not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed a &quot;SessionToken&quot; that is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed an &quot;Expiration&quot; that is not an ISO 8601 time such as 2030-01-31T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::ProfileResolver</name>
    <message>
        <source>%1 is set but empty, and no profile has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config profile &quot;%1&quot; (from %2) could not be found in %3 or %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit credentials are incomplete: the access key id is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit credentials are incomplete: the secret access key is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explicit credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to locate credentials: none were given explicitly, %1and profile &quot;%2&quot; has none in %3 or %4. Set them up with &quot;aws configure&quot; or choose another profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is not set, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid endpoint URL: expected http:// or https:// followed by a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint_url of profile &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses the services section &quot;%2&quot;, which does not exist in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; in [services %4] must be followed by indented settings such as &quot;endpoint_url = https://...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 (endpoint_url for %3 in [services %4])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 time such as 2030-01-31T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variables (AWS_ACCESS_KEY_ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3 of profile &quot;%4&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot; has aws_access_key_id (line %3) but no %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses %2, which SesDesk does not support. Use a profile with keys or credential_process instead, for example credential_process = aws configure export-credentials --profile %1 --format process (AWS CLI v2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web identity federation (web_identity_token_file or %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM Identity Center (SSO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &quot;aws login&quot; session (login_session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; contains both source_profile and credential_source; use one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has role_arn but neither source_profile nor credential_source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses mfa_serial, which SesDesk does not support: it cannot ask for MFA codes. Use credential_process with a helper that asks for the code, or temporary credentials from &quot;aws sts get-session-token&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: duration_seconds of profile &quot;%3&quot; must be a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has an empty role_arn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials found in credential_source referenced in profile &quot;%1&quot;: AWS_ACCESS_KEY_ID is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses credential_source = %2, which SesDesk does not support; only Environment is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential source &quot;%1&quot; referenced in profile &quot;%2&quot; is not valid; the valid values are Environment, Ec2InstanceMetadata and EcsContainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source_profile &quot;%1&quot; referenced in the profile &quot;%2&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infinite loop in credential configuration: source_profile &quot;%1&quot; of profile &quot;%2&quot; was already visited (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source profile &quot;%1&quot; (of profile &quot;%2&quot;) must have credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::RefreshingCredentialsProvider</name>
    <message>
        <source>%1 returned credentials that had already expired (at %2); check the system clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::ShellWords</name>
    <message>
        <source>no closing quotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no escaped character after a trailing backslash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::SmtpPassword</name>
    <message>
        <source>The secret access key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS region name such as us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Aws::StsClient</name>
    <message>
        <source>The AssumeRole answer has no valid %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection::DefaultSessionFactory</name>
    <message>
        <source>Local Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no Local Sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Local Sandbox&apos;s own keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS CLI profiles are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SesDesk profile “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key of profile “%1” is not stored (without a keyring it is kept only until SesDesk quits). Enter it again under Profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not give the secret access key of profile “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SesDesk profile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection::ProfileCatalog</name>
    <message>
        <source>default (environment)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection::SesDeskProfile</name>
    <message>
        <source>Name: enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: use up to 64 letters, digits, spaces and . _ @ + -, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: choose a region where SES is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: enter a URL such as https://email.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: plain http:// is only allowed for a server on this computer (127.0.0.1); use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID: enter the access key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID: expected 16 to 128 capital letters and digits, such as AKIAIOSFODNN7EXAMPLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key: enter the secret access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key: expected at least 16 characters without spaces (AWS keys have 40).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection::SesDeskProfileStore</name>
    <message>
        <source>Name: a profile called “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedSandboxLauncher</name>
    <message>
        <source>The Local Sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityName</name>
    <message>
        <source>The domain is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid internationalized domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no top-level domain; enter a full domain such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains an empty label (two dots in a row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; may only contain letters, digits and hyphens, and may not start or end with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address or a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address has nothing before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ must be 7-bit ASCII without spaces (SES requirement).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::ActivityLogModel</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::ConfigurationSetListModel</name>
    <message>
        <source>Configuration set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::DedicatedIpModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up percentage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::DedicatedIpPoolModel</name>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::DedicatedIps</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::DnsRecordModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>purpose (requirement)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>Unicode name (ASCII name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::EventDestinationModel</name>
    <message>
        <source>Amazon CloudWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Data Firehose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon EventBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Pinpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery delays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send request succeeded and SES will try to deliver the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template could not be rendered (missing data or a parameter mismatch); templated sends only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES accepted the message but found a virus in it and did not try to deliver it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server accepted the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server rejected the message permanently (soft bounces only once SES gives up retrying).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was delivered, and the recipient marked it as spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be delivered yet because of a temporary problem (a full inbox, a receiving server issue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was delivered, and the recipient changed their subscription through the List-Unsubscribe header or the unsubscribe link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient opened the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient clicked one or more links in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event publishing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::Identity</name>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES verified this identity; you can send from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES is looking for the DKIM records in your DNS. DNS changes can take up to 72 hours to be seen; SES keeps checking for 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES sent a verification mail to this address (from no-reply-aws@amazon.com, usually within 5 minutes). The link in it must be clicked within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES did not find the DNS records within 72 hours and stopped checking. Correct the records, then start verification again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification link was not clicked within 24 hours. Re-send the verification mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES verified this identity before but cannot find its DNS records now. It rechecks for 72 hours: then the identity is verified again or fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES found the DKIM records and signs your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES has not found the DKIM records yet; it keeps looking for up to 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES did not find the DKIM records within 72 hours. Correct the records and set up DKIM again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES cannot find the DKIM records it found before; it rechecks for 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES has not started looking for the DKIM records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::IdentityTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>Unicode name (ASCII name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified, signing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default configuration set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::ProfileListModel</name>
    <message>
        <source>%1 (AWS CLI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SesDesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local SES-compatible server running inside SesDesk, with demo data. Nothing is sent to AWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile from the AWS CLI&apos;s files in ~/.aws (read-only here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SesDesk profile; its secret key is in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::SuppressionList</name>
    <message>
        <source>Bounce</source>
        <extracomment>Suppression reason: the address hard-bounced</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <extracomment>Suppression reason: the recipient marked mail as spam</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::SuppressionListModel</name>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::TemplateListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::TemplateVersionModel</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As found in SES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::TestSendHistoryModel</name>
    <message>
        <source>Custom recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items::TimeSeriesModel</name>
    <message>
        <source>Delivery attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes as soon as you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductionAccessDialog</name>
    <message>
        <source>Request production access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SES sandbox you can only send to verified addresses and the mailbox simulator, 200 messages per 24 hours and 1 per second. Describe how you send email and AWS Support will review the request, usually within 24 hours. The details cannot be changed while the review is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of your mail keeps customers informed of your latest offerings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail type: marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of your mail is sent during a transaction with a customer (receipts, password resets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail type: transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use case description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you build and maintain your recipient lists, how you handle bounces and complaints, how recipients opt out, and how you chose the sending rate and quota you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional &amp;contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 4 addresses, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional contact email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will only send to recipients who asked for my mail, and I agree to the AWS Service Terms and Acceptable Use Policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the AWS terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://email.us-east-1.amazonaws.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendTestEmailDialog</name>
    <message>
        <source>Send test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified email address, or any address in a verified domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox &amp;simulator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the mailbox simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+&amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label added to the simulator address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to a custom address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted text content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;w MIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw MIME content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw MIME message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration s&amp;et:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (or the sender&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=value, name2=value2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;all scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this email once to each mailbox simulator scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run all scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the outcomes of the test sends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses</name>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::Aggregation</name>
    <message>
        <source>15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large (%1 bytes; at most %2 are read).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::BindZoneExporter</name>
    <message>
        <source>DNS records for the Amazon SES identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are absolute (they end with a dot): add these lines to the zone of %1 as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::CallerIdentityClient</name>
    <message>
        <source>The GetCallerIdentity answer names no account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::CloudWatchClient</name>
    <message>
        <source>DeleteAlarms takes at most 100 alarm names; %1 were given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::ConfigurationSetRules</name>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters long; SES allows at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only contain letters A–Z and a–z, digits 0–9, &quot;_&quot; and &quot;-&quot;; &quot;%2&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom redirect domain is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom redirect domain &quot;%1&quot; is not a domain name such as track.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ARN (arn:aws:%3:%4:123456789012:%5…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the service &quot;%2&quot;; it must be an ARN of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the region &quot;%2&quot;; it must be in %3, the region of this configuration set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must name a resource &quot;%2…&quot;; &quot;%3&quot; does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event destination name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one event type to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Pinpoint does not support delivery delay and subscription events; clear them or choose another destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CloudWatch destination needs at least one dimension (a message tag, email header or link tag to count events by).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1: the name &quot;%2&quot; may only contain ASCII letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;:&quot; (for SES&apos;s ses: tags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1: the name &quot;%2&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1: the default value &quot;%2&quot; is needed and may only contain ASCII letters, digits, &quot;_&quot;, &quot;-&quot;, &quot;@&quot; and &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1: SES cannot use the email header %2 as a dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery stream ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM role ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event bus ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNS topic ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES publishes only to standard SNS topics, not to FIFO topics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinpoint project ARN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::Diagnosis</name>
    <message>
        <source>The record was found at %1: the domain is in the name twice. Your DNS provider adds &quot;%2&quot; to every name by itself, so enter only &quot;%3&quot; as the name, or end the full name with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC record is published. One is recommended: start with &quot;%1&quot; and tighten the policy to quarantine, then reject, once the reports look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value was published as %1: your DNS provider appended the domain to it. Enter the value with a dot at the end (%2.) so that it is taken as complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DKIM domain most regions use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DKIM domain of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another region&apos;s DKIM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TXT record is published at this name instead of the CNAME record. Delete it and add a CNAME record with the value %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besides the CNAME there are other records (TXT) at %1. A name with a CNAME must hold no other record; resolvers may see either. Delete the other records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNAME points into %1, %2, but this identity&apos;s DKIM keys are in %3, %4: the record was probably copied from another region. Change the value to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNAME points to %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an alias (CNAME) for %2. A name with a CNAME can hold no other record, so the MX and TXT records SES needs cannot be published there: delete the CNAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published through an alias (CNAME) to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value contains quotation marks as part of the text (%1). Your DNS provider adds the quotation marks itself: enter the value without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The value is spread over %n separate TXT records. It must be one record: put the whole value into a single TXT record (long values become several strings of that one record).</source>
        <translation>
            <numerusform>The value is in %n TXT record. It must be one record: put the whole value into a single TXT record (long values become several strings of that one record).</numerusform>
            <numerusform>The value is spread over %n separate TXT records. It must be one record: put the whole value into a single TXT record (long values become several strings of that one record).</numerusform>
        </translation>
    </message>
    <message>
        <source>There are TXT records at this name, but none is an SPF record (v=spf1 ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are %n SPF records at this name. SPF allows only one: receivers treat several as an error (PermError). Merge them into one record.</source>
        <translation>
            <numerusform>There is %n SPF record at this name. SPF allows only one: receivers treat several as an error (PermError). Merge them into one record.</numerusform>
            <numerusform>There are %n SPF records at this name. SPF allows only one: receivers treat several as an error (PermError). Merge them into one record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value is split into %n strings (%1). Receivers join them without spaces and read &quot;%2&quot;, which is not the intended record. Publish the value as one string: %3.</source>
        <translation>
            <numerusform>The value is split into %n string (%1). Receivers join them without spaces and read &quot;%2&quot;, which is not the intended record. Publish the value as one string: %3.</numerusform>
            <numerusform>The value is split into %n strings (%1). Receivers join them without spaces and read &quot;%2&quot;, which is not the intended record. Publish the value as one string: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SPF record does not include amazonses.com, so mail sent through SES fails SPF. Add include:amazonses.com; the suggested record is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record includes amazonses.com together with other mechanisms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are TXT records at this name, but none is a DKIM key (p=...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are %n DKIM key records at this selector; there must be exactly one.</source>
        <translation>
            <numerusform>There is %n DKIM key record at this selector; there must be exactly one.</numerusform>
            <numerusform>There are %n DKIM key records at this selector; there must be exactly one.</numerusform>
        </translation>
    </message>
    <message>
        <source>A DKIM key is published; it was not compared because the public key is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM record has an empty key (p=): the key is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published public key is not the public key of this identity&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TXT record at %1 does not start with v=DMARC1, so receivers ignore it. The suggested record is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are %n DMARC records. With more than one, receivers apply none of them: keep one.</source>
        <translation>
            <numerusform>There is %n DMARC record. With more than one, receivers apply none of them: keep one.</numerusform>
            <numerusform>There are %n DMARC records. With more than one, receivers apply none of them: keep one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DMARC record has no valid policy: it needs p=none, p=quarantine or p=reject right after v=DMARC1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DMARC record with the policy p=%1 is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The MAIL FROM domain has %n MX records (%1). SES requires exactly one: keep only &quot;%2&quot;.</source>
        <translation>
            <numerusform>The MAIL FROM domain has %n MX record (%1). SES requires exactly one: keep only &quot;%2&quot;.</numerusform>
            <numerusform>The MAIL FROM domain has %n MX records (%1). SES requires exactly one: keep only &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The priority is %1 where the guide gives %2; with a single MX record that does not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX record points to the feedback endpoint of %1 (%2). That works: one MX record serves a MAIL FROM domain used in several regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX record points to %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other MX records exist too; mail goes to the one with the lowest priority number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX record points to the receiving endpoint of %1 (%2); this identity is in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail for %1 goes to %2. To receive it with SES in this region, the MX record must point to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::DkimPublicKey</name>
    <message>
        <source>No private key was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable private key. Paste the PEM key (from -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY----- to the END line), or its base64 text without those lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase. SES needs the unencrypted key: decrypt it first (openssl rsa -in private.key -out plain.key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a public key or certificate. BYODKIM needs the private key; SesDesk derives the public key from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is damaged: its parts do not belong together. Copy it again, completely and unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not an RSA key. SES accepts only RSA keys for DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; SES accepts keys of %2 to %3 bits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::DnsAdminMailBuilder</name>
    <message>
        <source>DNS records for %1 (Amazon SES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please add the following DNS records to the zone of %1. Amazon SES (region %2, %3) needs them to send mail for this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Unicode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the public key will follow in a separate mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names are complete. If your DNS provider adds the domain to every name by itself, enter only the part before &quot;.%1&quot;, or end the name with a dot; otherwise the domain ends up in the name twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The underscore in &quot;_domainkey&quot; is required; if your provider does not accept it, please ask its support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the MX priority in the provider&apos;s priority field if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must have exactly one MX record, and no CNAME record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each TXT value is one text. If your provider adds the quotation marks itself, enter the value without the outer quotation marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TXT value longer than 255 characters is stored as several strings of one record (&quot;...&quot; &quot;...&quot;); keep it in one record, never several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records marked optional are needed only if mail for %1 is to be received by Amazon SES; an MX record there sends all of the domain&apos;s mail to SES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same records as zone-file lines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please add these DNS records to the zone of %1 (Amazon SES, %2). The names are complete: do not let your provider append the domain again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please add the DNS records for %1 that Amazon SES needs. The list was too long for a mail link: paste it here from the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::DnsCheckResult</name>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published and correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published (value not compared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published with a different value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::DnsChecker</name>
    <message>
        <source>the system&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::DnsRecord</name>
    <message>
        <source>DKIM (Easy DKIM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM (BYODKIM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom MAIL FROM (MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom MAIL FROM (SPF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving (MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <extracomment>SES verification status NOT_STARTED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>SES verification status PENDING</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>SES verification status SUCCESS</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>SES verification status FAILED</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <extracomment>SES verification status TEMPORARY_FAILURE</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::DnsRecordSet</name>
    <message>
        <source>&quot;%1&quot; is not an AWS region code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM selector &quot;%1&quot; is not a valid DNS label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM public key is not base64 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES does not return the public key of a BYODKIM key pair: supply it, or the private key it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES did not return the DKIM hosted zone; the region&apos;s DKIM domain %1 is assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES did not return the DKIM hosted zone and the region %1 is not in SesDesk&apos;s table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM token &quot;%1&quot; is not a valid DNS label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAIL FROM domain &quot;%1&quot; is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address DMARC reports can be sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if this domain&apos;s mail is to be received by SES: an MX record routes all of the domain&apos;s mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record name %1 is longer than DNS allows (253 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::MailboxSimulator</name>
    <message>
        <source>A label may contain letters, digits and !#$%&amp;&apos;*+-/=?^_`{|}~, and dots between them; &quot;%1&quot; does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is too long: the part before &quot;@&quot; may have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of office (auto-reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator accepts the message and delivers it. If you set up notifications (Amazon SNS or an event destination), you receive a delivery notification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator rejects the message with SMTP status 550 5.1.1 (&quot;Unknown User&quot;), a hard bounce. SES sends you a bounce notification (RFC 3464) by email or Amazon SNS, as you set up. The address is not added to your suppression list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator accepts the message and answers with an out-of-the-office auto-reply (RFC 3834), sent to the Return-Path address, or to the MAIL FROM address when there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator accepts the message and the recipient then marks it as spam. SES sends you a complaint notification (RFC 5965) by email or Amazon SNS, as you set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES treats the address as if it were on the suppression list and generates a hard bounce, as it does for an address on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to the mailbox simulator does not count against your daily sending quota, and its bounces and complaints do not count towards your reputation (bounce and complaint rates) or Virtual Deliverability Manager metrics. It is still limited by your maximum send rate, billed like other email, and allowed while the account is in the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional label after &quot;+&quot; (bounce+label1@simulator.amazonses.com) tells test messages apart, for example to test VERP; the simulator treats the address like the one without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the account is in the SES sandbox, a custom recipient must be a verified email address or belong to a verified domain; only the mailbox simulator is exempt. Mail to a real address counts against the quota and the reputation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::MessageOutcome</name>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted, no outcome yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced (suppression list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered, then a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered, then an auto-reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the Sandbox&apos;s captured mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by SES; outcomes arrive through event destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::MimeParser</name>
    <message>
        <source>A header line has no name: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A multipart part has no boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart boundary &quot;%1&quot; never appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart part ends without its closing boundary &quot;--%1--&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::PlainTextRecordExporter</name>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::PutAccountDetailsRequest</name>
    <message>
        <source>Mail type: choose Marketing or Transactional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website URL: enter the URL of your website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website URL: at most %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website URL: enter a full address such as https://www.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case description: describe how you build your lists, handle bounces and complaints, and let recipients opt out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case description: at most %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional contacts: at most %1 addresses (%2 given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional contacts: “%1” must be %2 to %3 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional contacts: “%1” is not an email address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact language: choose English or Japanese.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::RegionTable</name>
    <message>
        <source>US East (Ohio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US East (N. Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US West (N. California)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US West (Oregon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa (Cape Town)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Jakarta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Mumbai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Osaka)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Seoul)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Singapore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Sydney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific (Tokyo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada (Central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Ireland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (London)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Milan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Paris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (Stockholm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Israel (Tel Aviv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle East (Bahrain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South America (São Paulo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS GovCloud (US)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::ReputationAlarmPlan</name>
    <message>
        <source>The account&apos;s %1 in %2 reached %3%, the level at which Amazon SES reviews the account. Created by SesDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of configuration set %2 in %3 reached %4%, the level at which Amazon SES reviews the account. Created by SesDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configuration set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifies %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4), %5 over %6 s &gt;= %7%, missing data ignored, %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::ReputationMetric</name>
    <message>
        <source>Bounce rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::ReputationStatusText</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::Route53ChangeBatchExporter</name>
    <message>
        <source>There is no record with a known value to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon SES records for %1 (%2), from SesDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::StatisticsDatabase</name>
    <message>
        <source>Statistics history %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by a newer SesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1, this version reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open() was not called or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account scope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::SuppressionImportParser</name>
    <message>
        <source>the email address is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (no @)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before the @ of &quot;%1&quot; is longer than 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a character SES does not accept before the @: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before the @ of &quot;%1&quot; starts or ends with a dot or has two in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reason &quot;%1&quot;: use BOUNCE or COMPLAINT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TemplateChecks</name>
    <message>
        <source>Enter a name for the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES documents template names as up to 64 letters, digits, hyphens (-) and underscores (_); SES may reject this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject must be specified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs an HTML part, a text part, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text part: recipients whose mail program does not show HTML will see an empty message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no HTML part: the message is plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is %1 bytes; SES accepts at most 500 KB (%2 bytes) for the subject, HTML and text parts together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{ses:openTracker}} may appear only once in a template; SES rejects more with 400 BadRequestException.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{ses:openTracker}} marks where the open-tracking image goes, which only works in the HTML part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES replaces {{amazonSESUnsubscribeUrl}} only in the HTML and text parts, not in the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES replaces only the first two {{amazonSESUnsubscribeUrl}} in the %1; this one will stay as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template content sent with the email supports only simple substitutions such as {{name}}; save it as a template to use blocks and partials.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TemplateData</name>
    <message>
        <source>Enter the template data as a JSON object, for example {&quot;name&quot;: &quot;Alejandro&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template data may be at most %1 characters; this is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template data must be a JSON object ({ ... }), with one member per variable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TemplateDiff</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TemplateDraftStore</name>
    <message>
        <source>A draft needs an account, a region and a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TemplateJsonFile</name>
    <message>
        <source>Unknown member &quot;%1&quot;; it must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; expected a JSON object with TemplateName and TemplateContent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object with TemplateName and TemplateContent, not an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object with TemplateName and TemplateContent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required member &quot;TemplateName&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;TemplateName&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required member &quot;TemplateContent&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;TemplateContent&quot; must be an object with Subject, Text and Html, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Tags&quot; must be an array of {&quot;Key&quot;: ..., &quot;Value&quot;: ...} objects, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with Key and Value, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required member &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1.Key&quot; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TemplateLexer</name>
    <message>
        <source>Raw blocks (&quot;{{{{raw}}}}&quot;) are not supported in SES templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is never closed with &quot;--}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment is never closed with &quot;}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &quot;%1&quot; is never closed with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &quot;%1&quot; is not closed before the next &quot;{{&quot; at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This string is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &quot;[&quot; is never closed with &quot;]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single &quot;}&quot;: close the tag with &quot;}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &quot;%1&quot; inside &quot;%2...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character &quot;%1&quot; after &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TemplateParser</name>
    <message>
        <source>&quot;%1&quot; closes a block that was never opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{{else}}&quot; can only appear inside a block such as {{#if}}...{{/if}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &quot;%1&quot; is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; in the tag that starts at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decorators (&quot;{{*name}}&quot;) are not supported in SES templates; only the &quot;{{#*inline}}&quot; block is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial blocks (&quot;{{#&gt; name}}&quot;) are not supported in SES templates; define an inline partial with {{#*inline &quot;name&quot;}} and use {{&gt; name}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag opened with &quot;{{{&quot; must be closed with &quot;}}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;}}}&quot; closes a tag opened with &quot;{{&quot;: write &quot;}}&quot;, or open it with &quot;{{{&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic partial names (&quot;{{&gt; (expression)}}&quot;) are not supported; write the partial&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partial takes at most one context argument, then key=value pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inline partial cannot have an &quot;{{else}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This block already has an &quot;{{else}}&quot; at line %1, column %2; nothing may follow it but the closing tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block &quot;%1&quot; is never closed: add &quot;{{/%2}}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{{/%1}}&quot; does not match &quot;%2&quot; opened at line %3, column %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block parameters are written &quot;as |item index|&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments must come before key=value pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tag is empty: write a name between the braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;@&quot; must be followed by a name such as @index or @root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &quot;(&quot; is never closed with &quot;)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid path &quot;%1&quot;: &quot;this&quot;, &quot;.&quot; and &quot;..&quot; may only start a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a name after &quot;%1&quot; (use &quot;[0]&quot; for array positions: items.[0]).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TemplateRenderer</name>
    <message>
        <source>The partial &quot;%1&quot; could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial &quot;%1&quot; calls itself without end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TemplateSaver</name>
    <message>
        <source>Restored from version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TemplateValidator</name>
    <message>
        <source>Unknown decorator &quot;%1&quot;: SES templates support only {{#*inline &quot;name&quot;}}...{{/inline}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An inline partial needs exactly one name in quotes: {{#*inline &quot;name&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no inline partial named &quot;%1&quot; here. Define it in this part with {{#*inline &quot;%1&quot;}}...{{/inline}}: partials are not shared between the subject, HTML and text parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a block helper: write {{%1 ...}} without &quot;#&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block helper and cannot be used in a subexpression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block helper: write {{#%1 ...}}...{{/%1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown helper &quot;%1&quot;. SES templates support the Handlebars built-in helpers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes exactly %n argument(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes at least %n argument(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take a &quot;%2=&quot; argument.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TemplateVersionStore</name>
    <message>
        <source>The snapshot is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot needs an account, a region and a template name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the history folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s history is locked by another SesDesk process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 has no version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template %1 already has a history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the history of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the history of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TestEmail</name>
    <message>
        <source>Choose the sender: a verified email address, or an address in a verified domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address, or choose a mailbox simulator scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the message text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the raw MIME message, headers included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template data is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template data must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message tag &quot;%1=%2&quot;: names and values may only contain ASCII letters, digits, &quot;_&quot; and &quot;-&quot;, at most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SesDesk test email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test email sent with SesDesk to check the sending setup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TestSendHistory</name>
    <message>
        <source>The test-send history is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test-send history needs an account and a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the test-send history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test-send history is locked by another SesDesk process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the test-send history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ses::TimeRange</name>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateHistoryDialog</name>
    <message>
        <source>Template history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected version to SES again; it becomes the newest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateNameDialog</name>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &quot;-&quot; and &quot;_&quot;, at most 64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::AccountNotices</name>
    <message>
        <source>This account is in the SES sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request production access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request production access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production access request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::AccountPane</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account — production access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account — SES sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Sandbox, region %1. Nothing here reaches AWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1, region %2. SES accounts are separate in every region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (SES sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent in the last 24 hours: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum send rate: %1 per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual Deliverability Manager: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting production access failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the account settings failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming sending failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::AccountSettingsEditor</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add recipients to the account-level suppression list automatically when a message to them results in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hard bounce (BOUNCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppress addresses that hard-bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint (COMPLAINT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppress addresses that complain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual Deliverability Manager adds engagement tracking and deliverability advice (charged separately by AWS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual Deliverability Manager enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending enabled in this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::AccountStatusView</name>
    <message>
        <source>Production access: you can send to any recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES sandbox: only verified recipients and the mailbox simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not requested yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (support case %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production access request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production access request status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated IP auto warm-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated IP auto warm-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::AccountTexts</name>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review (probation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reputation issues affect sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES is reviewing this account because of bounces or complaints. Fix the cause before the review ends, or sending may be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES has stopped this account from sending. Contact AWS Support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS received the request for production access and is reviewing it. AWS Support usually answers within 24 hours; the details cannot be changed until the review ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred and AWS did not receive the request. Submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was reviewed and production access was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was reviewed and production access was denied. See the support case for the reasons; you can submit a new request with more detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the SES sandbox you can send only to verified email addresses and domains and to the mailbox simulator, at most 200 messages in 24 hours and 1 message per second. Suppression-list management through the API is disabled. Request production access to lift these limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email sending is paused for this account in this region: every send call is rejected. If you paused it yourself you can resume it; if AWS paused it (for example because of a high bounce or complaint rate), it cannot be resumed from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ActivityLogDock</name>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every API call SesDesk made, with its result and request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the activity log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::AddSuppressedAddressDialog</name>
    <message>
        <source>Email address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES does not send to an address on the account-level suppression list of %1 when its reason is one the account suppresses; the mail is accepted and dropped. The address stays listed until it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::AddSuppressedDestinationCommand</name>
    <message>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 to the suppression list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES refused to add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to the suppression list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::BusyOverlay</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ChangeDedicatedIpPoolCommand</name>
    <message>
        <source>Deleting the dedicated IP pool %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting %1 to a managed pool failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the standard pool %1 to a managed pool?

• Its standard dedicated IPs move into the managed pool.
• SES removes IPs the pool&apos;s volume does not need.
• Do not convert if other systems allow-list these IPs: they may be removed.
• Billing changes from a fee per IP to a fee per message.

Configuration sets and tags stay. A managed pool cannot become standard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the dedicated IP pool %1 in %2?

Its IPs stay leased and go to ses-default-dedicated-pool; configuration sets that send through this pool no longer find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the managed dedicated IP pool %1 in %2?

SES releases its IPs, and their charges stop, at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the account&apos;s last managed pool: deleting it opts the account out of managed dedicated IPs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert %1 to managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated IP pool %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a managed pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ChartPanel</name>
    <message>
        <source>Chart. Drag to zoom into a time span, use the mouse wheel or + and - to zoom, Shift+drag or the arrow keys to pan, 0 to reset. Click a legend entry to hide or show its series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset zoom of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the data of %1 as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::CloudWatchDimensionsEditor</name>
    <message>
        <source>Dimension name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1 name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1 value source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1 default value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dimension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each unique combination of event type, dimension name and value becomes its own CloudWatch metric (charged): avoid dimensions with many values such as ses:from-domain. SES&apos;s own tags (ses:configuration-set, ses:from-domain…) can be used as message tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dimension</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ConfigurationSetActions</name>
    <message>
        <source>&amp;Create set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a configuration set (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected configuration set (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;event destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish sending events of the selected set to CloudWatch, Firehose, EventBridge, SNS or Pinpoint (Ctrl+E); at most %1 per set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the configuration sets again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected configuration set&apos;s name (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ConfigurationSetView</name>
    <message>
        <source>Sending enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dedicated IP pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP pool %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reputation metrics on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reputation metrics off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event destinations</source>
        <translation>
            <numerusform>%n event destination</numerusform>
            <numerusform>%n event destinations</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vent destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration set details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration set name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration set summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ConfigurationSetsPane</name>
    <message>
        <source>Configuration sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration set actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter configuration sets (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter configuration sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration set count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create configuration set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create configuration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration set selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no configuration sets in %1 yet. A configuration set publishes sending events, picks a dedicated IP pool and sets TLS, tracking and suppression for the mail sent with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the configuration sets failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing more configuration sets failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options of %1 have unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a configuration set to see and change its options and event destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the configuration set %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n configuration sets match</source>
        <translation>
            <numerusform>%1 of %n configuration set matches</numerusform>
            <numerusform>%1 of %n configuration sets match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration sets</source>
        <translation>
            <numerusform>%n configuration set</numerusform>
            <numerusform>%n configuration sets</numerusform>
        </translation>
    </message>
    <message>
        <source> — more load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the configuration set %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ConnectionStatus</name>
    <message>
        <source> LOCAL </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Local Sandbox runs inside SesDesk on this computer: nothing is sent to AWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Sandbox: nothing is sent to AWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in progress</source>
        <translation>
            <numerusform>%n call in progress</numerusform>
            <numerusform>%n calls in progress</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ConnectionToolBar</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AWS account (profile) to work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES keeps identities, quotas and settings separately in every region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::CreateAlarmsDialog</name>
    <message>
        <source>SNS topic: &quot;%1&quot; is not an ARN (arn:aws:sns:region:account:topic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create reputation alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SesDesk will create these CloudWatch alarms for the account in %1, at the levels where Amazon SES starts reviewing an account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SesDesk will create these CloudWatch alarms for configuration set %1 in %2, at the levels where Amazon SES starts reviewing an account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify SNS topic (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arn:aws:sns:%1:123456789012:ses-alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alarm with the same name is replaced. CloudWatch charges for alarms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNS topic to notify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::CreateConfigurationSetCommand</name>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the configuration set %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration set name: SES already has a configuration set named &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES refused to create the configuration set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration set %1 created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::CreateConfigurationSetDialog</name>
    <message>
        <source>Configuration set name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration set name: a configuration set named &quot;%1&quot; already exists in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending IP pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create configuration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A configuration set groups rules for the mail sent with it: event destinations, a dedicated IP pool, TLS, tracking and suppression. Name it when sending, or make it an identity&apos;s default. Configuration sets are separate in every region; this one is created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 64 letters, digits, _ and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending IP &amp;pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the shared pool or ses-default-dedicated-pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require &amp;TLS for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;reputation metrics to CloudWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish reputation metrics to CloudWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom redirect &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom redirect domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. track.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::CreateDedicatedIpPoolCommand</name>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the dedicated IP pool %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool name: SES already has a pool named &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has the most dedicated IP pools SES allows in %1 (50, standard and managed together): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES refused to create the pool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated IP pool %1 created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::CreateDedicatedIpPoolDialog</name>
    <message>
        <source>Pool name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool name: a pool named &quot;%1&quot; already exists in %2; pool names are unique across standard and managed pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create dedicated IP pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pool groups dedicated IPs, for example to keep marketing and transactional mail apart; a configuration set then sends through it. An account has at most 50 pools in a region; this one is created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to 64 letters, digits, _ and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard (self-managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard scaling mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You lease dedicated IPs through AWS Support, move them into the pool and warm them up (automatically over 45 days, or by hand). Their addresses are fixed and listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Managed (auto-managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed scaling mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES leases, warms up (per mailbox provider) and scales the IPs with your volume, billed per message; their addresses are not shown. A managed pool can never become standard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::CreateIdentityCommand</name>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES refused to create the identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the MAIL FROM domain %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the MAIL FROM domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created, but setting its MAIL FROM domain %2 failed; set it in the identity&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1 created with MAIL FROM domain %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::CreateIdentityWizard</name>
    <message>
        <source>Create identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::CreateReputationAlarmsCommand</name>
    <message numerus="yes">
        <source>Created %n CloudWatch alarm(s)</source>
        <translation>
            <numerusform>Created %n CloudWatch alarm</numerusform>
            <numerusform>Created %n CloudWatch alarms</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::DedicatedIpActions</name>
    <message>
        <source>&amp;Create pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a standard or managed dedicated IP pool (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected pool (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;vert to managed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let SES lease, warm up and scale the IPs of the selected standard pool; this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move IP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected IP to another pool (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;warm-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected IP&apos;s warm-up percentage, complete it or start it again (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the pools and IPs again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::DedicatedIpsPane</name>
    <message>
        <source>Listing the dedicated IPs failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated IP actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter pools (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated IP pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dedicated IP pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create dedicated IP pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;every IP of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every dedicated IP of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated IP count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change automatic warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the automatic warm-up setting failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no dedicated IP pools in %1. Standard dedicated IPs are leased through an AWS Support case (SES Service Limits, Desired Dedicated IP); a managed pool lets SES lease and scale them for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the dedicated IP pools failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing more dedicated IP pools failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dedicated IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dedicated IP of the account in %1; those in no pool belong to ses-default-dedicated-pool, which SES uses for configuration sets without a pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES leases, warms up and scales this pool&apos;s IPs with your sending volume, per mailbox provider, and bills per message. Their addresses are not shown, and a managed pool cannot become standard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: the IPs you lease (through AWS Support) and move into this pool; their addresses are fixed. New IPs warm up over 45 days while automatic warm-up is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic warm-up is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES raises the volume of each new standard dedicated IP step by step, to 50,000 messages a day within 45 days, sending the rest through warmed-up IPs or the shared pool meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic warm-up is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New standard dedicated IPs start with their warm-up complete: warm them up by hand (Edit warm-up), or mailbox providers may throttle or block them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pools match</source>
        <translation>
            <numerusform>%1 of %n pool matches</numerusform>
            <numerusform>%1 of %n pools match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pools</source>
        <translation>
            <numerusform>%n pool</numerusform>
            <numerusform>%n pools</numerusform>
        </translation>
    </message>
    <message>
        <source>No dedicated IPs in this pool. Move leased IPs into it with Move IP, or ask AWS Support for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no dedicated IPs in this region; its mail goes out through the shared pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dedicated IPs</source>
        <translation>
            <numerusform>%n dedicated IP</numerusform>
            <numerusform>%n dedicated IPs</numerusform>
        </translation>
    </message>
    <message>
        <source> — more load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing automatic warm-up failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::DeleteConfigurationSetCommand</name>
    <message>
        <source>Delete the configuration set %1 in %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n event destinations are deleted with it; events stop being published.</source>
        <translation>
            <numerusform>Its %n event destination is deleted with it; events stop being published.</numerusform>
            <numerusform>Its %n event destinations are deleted with it; events stop being published.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identities that use it as their default configuration set can no longer send: SES answers their sends with a Bad Request error until they get another default. Mail that names it fails too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration set %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::DeleteIdentityCommand</name>
    <message>
        <source>Delete the domain identity %1 in %2?

Mail from this domain and from every address in it that is not verified on its own can no longer be sent through SES in this region. Its DKIM keys are deleted too; verifying it again needs new DNS records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the email address identity %1 in %2?

Mail from this address can no longer be sent through SES in this region unless its domain is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n identities in %1?

%2

Mail from them can no longer be sent through SES in this region.</source>
        <translation>
            <numerusform>Delete this identity in %1?

%2

Mail from it can no longer be sent through SES in this region.</numerusform>
            <numerusform>Delete these %n identities in %1?

%2

Mail from them can no longer be sent through SES in this region.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n identities</source>
        <translation>
            <numerusform>Deleted %n identity</numerusform>
            <numerusform>Deleted %n identities</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::DeleteTemplateCommand</name>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; from SES? Sending with it stops working at once. SesDesk keeps its local version history, from which it can be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting template %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted template %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::DeliveryOptionsSection</name>
    <message>
        <source>Sending IP pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n minutes)</source>
        <translation>
            <numerusform>(%n minute)</numerusform>
            <numerusform>(%n minutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n hours)</source>
        <translation>
            <numerusform>(%n hour)</numerusform>
            <numerusform>(%n hours)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 h %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require &amp;TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES then delivers only over a TLS connection to the receiving server and does not send the message otherwise. SES supports TLS 1.2 and recommends TLS 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending IP &amp;pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail sent with this set goes out only through the pool&apos;s dedicated IPs. Without a pool, SES uses ses-default-dedicated-pool (dedicated IPs in no other pool) if the account has any, otherwise the shared pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop delivery attempts after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the delivery time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum delivery time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 5 minutes (300 s) and 14 hours (50,400 s). Without a limit SES keeps retrying for its own standard period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::DkimKeySection</name>
    <message>
        <source>Your own DKIM key (BYODKIM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give SES a new RSA private key (1024–2048 bits) under a new selector, and publish its DNS record. Until SES finds the new record it does not sign with the old key, so mail may go unsigned: publish the record first, or switch at a quiet time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New DKIM selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New DKIM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-----BEGIN PRIVATE KEY-----
…
-----END PRIVATE KEY-----</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with &amp;this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;Easy DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Easy DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES creates a new 2048-bit key; publish its three CNAME records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector must be 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting your own DKIM key failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to Easy DKIM failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::DkimPage</name>
    <message>
        <source>&amp;Easy DKIM: SES creates and rotates the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bring your own DKIM key (BYODKIM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM proves that mail from this domain really comes from you. SES verifies the domain through its DKIM records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your own DKIM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2048-bit RSA (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1024-bit RSA (for DNS providers that cannot hold longer records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example ses2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-----BEGIN PRIVATE KEY-----
…
-----END PRIVATE KEY-----</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the private key from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the DKIM settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load DKIM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.pem *.key *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a DKIM key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a selector: it names the DKIM record (selector._domainkey.domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selector must be 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the private key or load it from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit RSA private key. SES receives it without the PEM lines; the DNS record will hold its public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::DkimSection</name>
    <message>
        <source>2048-bit RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1024-bit RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the DKIM status means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign mail with DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign mail with DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning DKIM signing off is not recommended: mail may land in spam and is easier to spoof.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next DKIM key length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;key length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the DKIM key length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS &amp;records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address is signed with its domain&apos;s DKIM settings; you can turn signing off for this address only (if the domain signs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own key (BYODKIM). To rotate it, publish the new key under a new selector and give SES the new private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy DKIM: SES holds the key and rotates it.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Last key generated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current key: %1; next key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the length already set; SES refuses a change to the same length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES allows one key-length change per 24 hours (more only after a change down to 1024 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning DKIM signing on failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning DKIM signing off failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the DKIM key length failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::DnsRecordsDialog</name>
    <message>
        <source>Selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public or private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain signs with its own DKIM key (BYODKIM). SES returns neither the selector nor the public key, so enter them to see the DKIM record: the public key, or the private key it belongs to (it is only read here, never sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYODKIM selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYODKIM public or private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the DKIM record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the identity %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS records of %1 could not be derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2. Publish these records in the DNS of %3. SES finds them within 72 hours (usually much sooner); the Status column shows what SES has found so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::DnsRecordsView</name>
    <message>
        <source>DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cell as it goes into DNS (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every record as tab-separated lines (pastes into a spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIND zone-file fragment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (as the SES console downloads)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route 53 change batch (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to DNS &amp;admin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to DNS admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a mail with these records and instructions in your mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name server to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask this name server (an IP address), for example the domain&apos;s own, to see records before caches expire. Empty: the system&apos;s resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS check progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the selected record&apos;s check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the DNS check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the DNS again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as BIND zone-file fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files (*.zone *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Route 53 change batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter the name server&apos;s IPv4 or IPv6 address, or leave the field empty to use the system&apos;s resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the system&apos;s resolver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the name server %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n correct</source>
        <translation>
            <numerusform>%n correct</numerusform>
            <numerusform>%n correct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a different value</source>
        <translation>
            <numerusform>%n with a different value</numerusform>
            <numerusform>%n with a different value</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookups failed</source>
        <translation>
            <numerusform>%n lookup failed</numerusform>
            <numerusform>%n lookups failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records are too long for a mail link. They are on the clipboard: paste them into the mail that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program could be opened. Use “Copy all” and send the records yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::EditDedicatedIpCommand</name>
    <message>
        <source>SES refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the warm-up of %1 to %2%…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the warm-up of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up of %1 set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::EditEventDestinationCommand</name>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the event destination %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event destination name: %1 already has a destination named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the most event destinations SES allows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES refused the event destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event destination %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event destination %1 added to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ErrorBanner</name>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error and its request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::EventDestinationDialog</name>
    <message>
        <source>Event destination name: the configuration set already has a destination named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event destination to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES publishes the chosen events of mail sent with the configuration set %1 to the destination. Sending must name the set (or use an identity whose default it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event destination name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits, _ and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running totals of events as CloudWatch metrics, for graphs and alarms (CloudWatch charges apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event record, streamed to storage or analytics (S3, OpenSearch, Redshift).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event record, as an event on an EventBridge event bus for rules to route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification for every event, to email, HTTP endpoints, queues or functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in an Amazon Pinpoint project&apos;s analytics (Pinpoint charges apply; no delivery delay or subscription events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;publishing enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event publishing enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery &amp;stream ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery stream ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IAM role ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM role ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must allow firehose:PutRecordBatch on the stream and trust ses.amazonaws.com (for this account and configuration set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;bus ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event bus ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNS &amp;topic ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNS topic ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standard topic (SES does not publish to FIFO topics) whose access policy lets ses.amazonaws.com publish (sns:Publish) for this account and configuration set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project ARN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinpoint project ARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Amazon Pinpoint project (application) that receives the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save event destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::EventDestinationsView</name>
    <message>
        <source>A configuration set can have at most %1 event destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish sending events of this configuration set to another AWS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable event publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable event publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 event destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event destination count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event destination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ExportChartCommand</name>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ExportSuppressionListCommand</name>
    <message>
        <source>Export suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suppression list could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n addresses saved to %1.</source>
        <translation>
            <numerusform>%n address saved to %1.</numerusform>
            <numerusform>%n addresses saved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the addresses loaded so far; more are on the list in SES (scroll to the end of the list to load them, then export again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ExportTemplateCommand</name>
    <message>
        <source>Export template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not exported:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2 (aws sesv2 create-email-template --cli-input-json file://%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::IdentitiesPane</name>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter identities (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no identities in %1 yet. Verify a domain or an email address to send mail from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the identities failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more identities failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n identities match the filter</source>
        <translation>
            <numerusform>%1 of %n identity matches the filter</numerusform>
            <numerusform>%1 of %n identities match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation>
            <numerusform>%n identity</numerusform>
            <numerusform>%n identities</numerusform>
        </translation>
    </message>
    <message>
        <source> — more load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::IdentityActions</name>
    <message>
        <source>&amp;Create identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a new domain or email address (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification, DKIM, MAIL FROM, feedback and tags of the identity (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS &amp;records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS records this identity needs, with a DNS check (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected identities (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the identities again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test email from the selected verified identity (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected identities&apos; names (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::IdentityDetailsDialog</name>
    <message>
        <source>Identity — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the identity %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In DNS and SES: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 in %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::IdentityNamePage</name>
    <message>
        <source>&amp;Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain or email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified domain lets you send from any address in it; a verified address only from itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name sent to SES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as people read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to SES as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com or bücher.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain itself (example.com, not www.example.com). SES then shows the DNS records to publish; verification takes up to 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES sends a mail with a link to this address; the link must be clicked within 24 hours. Addresses are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an email address. Choose “Email address” above, or enter a domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a domain. Choose “Domain” above, or enter an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: verify the domain itself (%1), not its www host, or verification fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::IdentityOptionsPage</name>
    <message>
        <source>Default configuration set and tags (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES applies the default configuration set to mail from this identity that names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default configuration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;configuration set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the configuration sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no configuration sets in this region yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n configuration sets in this region.</source>
        <translation>
            <numerusform>%n configuration set in this region.</numerusform>
            <numerusform>%n configuration sets in this region.</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration sets could not be listed (%1); you can still type a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::IdentitySummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish creates the identity in SES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to SES as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy DKIM, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1024-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2048-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own %1-bit key, selector %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom MAIL FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; if its MX record is missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the default MAIL FROM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default configuration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, SesDesk shows the DNS records to publish. SES looks for them for up to 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES then sends a verification mail to the address; its link must be clicked within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ImportSuppressionListCommand</name>
    <message>
        <source>Import addresses to the suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more lines</source>
        <translation>
            <numerusform>…and %n more line</numerusform>
            <numerusform>…and %n more lines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no address that can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n addresses from %1 to the suppression list of %2?</source>
        <translation>
            <numerusform>Add %n address from %1 to the suppression list of %2?</numerusform>
            <numerusform>Add %n addresses from %1 to the suppression list of %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines cannot be imported and are skipped:</source>
        <translation>
            <numerusform>%n line cannot be imported and is skipped:</numerusform>
            <numerusform>%n lines cannot be imported and are skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines repeat an address read before and are skipped.</source>
        <translation>
            <numerusform>%n line repeats an address read before and is skipped.</numerusform>
            <numerusform>%n lines repeat an address read before and are skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import to suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n addresses</source>
        <translation>
            <numerusform>Imported %n address</numerusform>
            <numerusform>Imported %n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses not imported could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n addresses from %2 into the suppression list of %3.</source>
        <translation>
            <numerusform>Imported %1 of %n address from %2 into the suppression list of %3.</numerusform>
            <numerusform>Imported %1 of %n addresses from %2 into the suppression list of %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n addresses were not tried.</source>
        <translation>
            <numerusform>The import was cancelled; %n address was not tried.</numerusform>
            <numerusform>The import was cancelled; %n addresses were not tried.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import stopped because SES answered %1; %n addresses were not tried.</source>
        <translation>
            <numerusform>The import stopped because SES answered %1; %n address was not tried.</numerusform>
            <numerusform>The import stopped because SES answered %1; %n addresses were not tried.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first of them is on line %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SES refused %n addresses:</source>
        <translation>
            <numerusform>SES refused %n address:</numerusform>
            <numerusform>SES refused %n addresses:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the file were skipped:</source>
        <translation>
            <numerusform>%n line of the file was skipped:</numerusform>
            <numerusform>%n lines of the file were skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n addresses not imported are saved in %1, ready to import again.</source>
        <translation>
            <numerusform>The address not imported is saved in %1, ready to import again.</numerusform>
            <numerusform>The %n addresses not imported are saved in %1, ready to import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addresses imported into the suppression list</source>
        <translation>
            <numerusform>%n address imported into the suppression list</numerusform>
            <numerusform>%n addresses imported into the suppression list</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ImportTemplateCommand</name>
    <message>
        <source>Import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2; review it and save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::JsonDataEdit</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1, column 1: the data must be a JSON object, such as {&quot;name&quot;: &quot;Ana&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data: every variable renders empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::MailFromPage</name>
    <message>
        <source>&amp;Use a custom MAIL FROM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;default MAIL FROM domain (amazonses.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject the message (SES answers MailFromDomainNotVerified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom MAIL FROM domain (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces return to this subdomain, and SPF then aligns with your domain for DMARC. It needs an MX and an SPF record; use it for nothing else: no sending from it, no receiving mail at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a custom MAIL FROM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM subdomain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On MX failure use the default MAIL FROM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On MX failure reject the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subdomain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When SES cannot find the MX record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the subdomain, for example “mail” for mail.%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid subdomain: use letters, digits and hyphens, labels separated by dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAIL FROM domain must be a subdomain, not the domain itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use the www host: the MAIL FROM domain must not be used for anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::MailFromSection</name>
    <message>
        <source>MAIL FROM &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On MX &amp;failure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom MAIL FROM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (SES uses a subdomain of amazonses.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour on MX failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default MAIL FROM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save MAIL FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the MAIL FROM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the custom MAIL FROM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No custom MAIL FROM domain: bounces go to a subdomain of amazonses.com, and SPF does not align with your domain for DMARC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified&lt;/b&gt;: SES uses %1 and keeps checking its MX record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Pending&lt;/b&gt;: SES looks for the MX record of %1 for up to 72 hours; until then it uses the default MAIL FROM domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Temporary failure&lt;/b&gt;: SES cannot find the MX record of %1 now and retries for 72 hours; meanwhile it uses the default MAIL FROM domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt;: SES did not find the MX record of %1 and stopped checking. Correct the records, then save the domain again to restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MAIL FROM domain must be a subdomain of %1, such as mail.%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the MAIL FROM domain failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the MAIL FROM domain failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::MainWindow</name>
    <message>
        <source>SesDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the current pane (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the current pane&apos;s filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and edit SesDesk profiles; list the AWS CLI&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test email to the SES mailbox simulator from a verified identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::MoveDedicatedIpDialog</name>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the dedicated IP %1 out of %2 into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP belongs to one pool at a time. Mail of configuration sets using the old pool no longer goes out through it; the IP keeps its warm-up. ses-default-dedicated-pool holds the IPs in no other pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::OptionsSection</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::Pane</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Choose a profile and region in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 pane has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::PreviewTemplateCommand</name>
    <message>
        <source>Uploading the edits for rendering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering through SES…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the temporary template…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ProductionAccessDialog</name>
    <message>
        <source>Acknowledgement: confirm that you send only to recipients who asked for your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ProfileDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Local Sandbox runs inside SesDesk with its own keys; nothing to set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile comes from the AWS CLI&apos;s files in ~/.aws. Edit it there (aws configure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored; type a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key: the keyring refused it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available on this desktop, so the secret access key is kept in memory only until SesDesk quits. You will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret access key is stored in the desktop keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its secret access key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the desktop keyring; SesDesk never shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::PutConfigurationSetOptionsCommand</name>
    <message>
        <source>delivery options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reputation options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppression options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual Deliverability Manager options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the %1 of %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause sending for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause sending for the configuration set %1?

SES refuses every message sent with it (SendingPausedException), also from identities whose default it is, until sending is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::RemoveSuppressedDestinationsCommand</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n addresses from the suppression list of %1?</source>
        <translation>
            <numerusform>Remove %n address from the suppression list of %1?</numerusform>
            <numerusform>Remove %n addresses from the suppression list of %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>SES sends to them again. If an address still bounces or complains, SES puts it back on the list and the bounce or complaint counts against the account&apos;s reputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n addresses</source>
        <translation>
            <numerusform>Removed %n address</numerusform>
            <numerusform>Removed %n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addresses removed from the suppression list</source>
        <translation>
            <numerusform>%n address removed from the suppression list</numerusform>
            <numerusform>%n addresses removed from the suppression list</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::RenameTemplateCommand</name>
    <message>
        <source>New name for the template &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES cannot rename a template. SesDesk will create &quot;%1&quot; with the content and tags of &quot;%2&quot;, then delete &quot;%2&quot;. Anything that sends with the name &quot;%2&quot; stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading template %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating template %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied template %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting template %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed template %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ReputationOptionsSection</name>
    <message>
        <source>Last fresh start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fresh start: never (the metrics have not been reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reputation metrics enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation metrics enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES publishes the bounce and complaint rates of mail sent with this configuration set to CloudWatch, where alarms can watch them (CloudWatch charges apply).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fresh start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::ReputationSummaryView</name>
    <message>
        <source>%1 at %2; review at %3, sending may be paused at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data in this range. Review at %1, sending may be paused at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enforcement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create alarm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create CloudWatch alarms at the review levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates CloudWatch alarms on the bounce rate (5%) and complaint rate (0.1%), after showing them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::RequestProductionAccessCommand</name>
    <message>
        <source>Sending the production-access request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production access requested; AWS reviews it, usually within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::SaveTemplateCommand</name>
    <message>
        <source>Template has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n problem(s) SES is likely to reject:</source>
        <translation>
            <numerusform>The checks found %n problem SES is likely to reject:</numerusform>
            <numerusform>The checks found %n problems SES is likely to reject:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it to SES anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating template %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving template %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved template %1 (local version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved template %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::SendTestEmailCommand</name>
    <message>
        <source>No verified identity can send yet: verify an email address or a domain first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the verified identities failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test email sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to every scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to every scenario: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent one message to each scenario.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::SendTestEmailDialog</name>
    <message>
        <source>Template data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES accepted the message to %1. Message ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES refused the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole message, headers included. SES sends it as it is (adding its own Message-ID and Date); the recipient above is the envelope recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Sandbox: the outcome of each message (delivered, bounced with its SMTP status, complaint, auto-reply) comes from the Sandbox&apos;s captured mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES only answers with a Message ID. To see deliveries, bounces and complaints, add an event destination (Amazon SNS, CloudWatch, Firehose or EventBridge) to a configuration set and send through it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::SendingOptionsSection</name>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending &amp;enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While sending is paused, SES refuses every message sent with this configuration set (SendingPausedException) until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::SendingQuotaView</name>
    <message>
        <source>No 24-hour limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of %2 used; %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipients per rolling 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipients per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum sends per 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum send rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::SendingSection</name>
    <message>
        <source>Feedback and default configuration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward bounces and complaints by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward bounces and complaints by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the Return-Path (or Source) address. With forwarding off you need another way to learn of bounces and complaints (SNS topics or event publishing); without one SES forwards them anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;configuration set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default configuration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the default configuration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing feedback forwarding failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the default configuration set failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::SendingTotalsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces (bounce rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints (complaint rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects (reject rate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::SetAutoWarmupCommand</name>
    <message>
        <source>Turn off automatic warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off automatic warm-up of standard dedicated IPs in %1?

Dedicated IPs leased from now on start with their warm-up complete, and unwarmed IPs may deliver slowly or be throttled by mailbox providers. IPs warming up now keep warming up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the automatic warm-up setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic warm-up turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic warm-up turned off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::StatisticsControls</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-&amp;refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>Every hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration set name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregation period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation of the account or a configuration set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of a configuration set with reputation metrics enabled, or choose the whole account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::StatisticsPane</name>
    <message>
        <source>Review %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May pause %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the sending statistics failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the account&apos;s enforcement status and quota failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the reputation metrics from CloudWatch failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps are intervals without any data point. History kept since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sending activity recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation of the whole account (CloudWatch AWS/SES).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation of configuration set %1 (CloudWatch AWS/SES, dimension ses:configuration-set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the CloudWatch alarms failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempts, bounces, complaints and rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces, complaints, rejects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard bounces per email sent. SES reviews the account from 5% and may pause sending from 10%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints per email sent. SES reviews the account from 0.1% and may pause sending from 0.5%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the data as a &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending statistics table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::StatusBadge</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::SuppressionFilterBar</name>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the last update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::SuppressionListActions</name>
    <message>
        <source>&amp;Add address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put an email address on the account-level suppression list (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected addresses from the suppression list (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the addresses of a CSV or text file, one a line with an optional reason (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the loaded addresses as CSV (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the suppressed addresses again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected addresses, one a line (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::SuppressionListPane</name>
    <message>
        <source>Suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression list actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suppressed addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account suppression settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address on the suppression list of %1 matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suppression list of %1 is empty. SES adds addresses that hard-bounce or complain (as the account&apos;s suppression reasons say), and you can add or import addresses here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the suppression list failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing more suppressed addresses failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression list management is disabled in the SES sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is in the SES sandbox in %1. As the SES guide says, addresses cannot be added or imported (PutSuppressedDestination, CreateImportJob) until production access is granted; SES refuses them. Looking up, listing and removing addresses still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES suppresses addresses that bounce or complain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES suppresses addresses that bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES suppresses addresses that complain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic suppression is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES adds no address to the list of %1 by itself; the addresses listed here are still not sent to only if their reason is suppressed by a configuration set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to an address listed here for a suppressed reason is accepted and not delivered in %1; it counts against the sending quota but not the bounce or complaint rate. Addresses stay listed until removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n addresses loaded — more load as you scroll</source>
        <translation>
            <numerusform>%n address loaded — more load as you scroll</numerusform>
            <numerusform>%n addresses loaded — more load as you scroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addresses</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the suppression list of %2: SES sends to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the suppression list: %2, last updated %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message ID: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback ID: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removing %1 failed; %n addresses were not removed</source>
        <translation>
            <numerusform>Removing %1 failed; %n address was not removed</numerusform>
            <numerusform>Removing %1 failed; %n addresses were not removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after removing %n addresses.</source>
        <translation>
            <numerusform>Cancelled after removing %n address.</numerusform>
            <numerusform>Cancelled after removing %n addresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::SuppressionOptionsSection</name>
    <message>
        <source>SES has no call that returns a configuration set to the account-level settings once it overrides them; choose the reasons to suppress, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one reason (bounces, complaints), or choose not to suppress any address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;account-level settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the account-level suppression settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: do &amp;not suppress any address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the account: no suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override: add addresses to the suppression list for these &amp;reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the account: suppress for these reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppress addresses that hard-bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppress addresses that complain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a separate list: it changes which reasons add the recipients of mail sent with this set to the account-level suppression list, in place of the account&apos;s reasons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::TagEditor</name>
    <message>
        <source>&amp;Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 tags are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag with the value “%1” has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag key “%1…” is longer than 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the tag “%1” is longer than 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag keys starting with “aws:” are reserved for AWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag key “%1” is there twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::TagsSection</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the account id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags are saved on the identity&apos;s ARN, which needs the account id; STS GetCallerIdentity did not give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the tags failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::TemplateEditor</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks passed: SES&apos;s size limit, Handlebars syntax and placeholders are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n error(s)</source>
        <translation>
            <numerusform>Checks: %n error</numerusform>
            <numerusform>Checks: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a line to go to the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES refuses to send when a printed value is missing from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a template, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template, not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &quot;-&quot; and &quot;_&quot;, at most 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {{name}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample data (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;name&quot;: &quot;Ana&quot;, &quot;favoriteanimal&quot;: &quot;alpaca&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found by the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the template to SES; the version is kept in the local history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::TemplateHistoryCommand</name>
    <message>
        <source>Template history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version %1 of &quot;%2&quot; to SES again? It replaces the current content, which stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%2&quot; no longer exists in SES. Create it again from version %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring version %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 as version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::TemplateHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SesDesk keeps a copy of &quot;%1&quot; every time it is saved, on this computer (SES keeps no history). Select a version to see what it changed, or two versions to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No versions yet: the first save keeps one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one version, or two to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What version %1 changed (from version %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is the first one kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences in the subject, HTML or text parts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::TemplateNameDialog</name>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::TemplatePreview</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the template with the sample data through SES (TestRenderEmailTemplate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview through SES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw MIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering through SES…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES could not render the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) not loaded</source>
        <translation>
            <numerusform>%n remote resource not loaded</numerusform>
            <numerusform>%n remote resources not loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview renders the template with the sample data, as SES will send it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::TemplatesPane</name>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a copy of the selected template under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected template (SES creates it anew and deletes the old one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected template from SES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a template from a JSON file as aws sesv2 create-email-template --cli-input-json takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the template as JSON for aws sesv2 create-email-template --cli-input-json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions kept on this computer at every save: compare and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this template to the mailbox simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new template has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to the template &quot;%1&quot; have not been saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the templates failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SesDesk closed before the changes to %1 were saved (last edited %2). Restore them in the editor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the template %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a draft of the changes failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the template failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the template failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was saved, but no local version was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the template failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the template failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicating the template failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample data is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::TimeSeriesChartView</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>chart axis: date format of a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <comment>chart axis: date format of a time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::TrackingOptionsSection</name>
    <message>
        <source>Open and click tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom redirect &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a custom redirect domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom redirect domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>track.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTTPS policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: opens over HTTP, clicks as the original link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require: opens and clicks over HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require for opens only: clicks as the original link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking links then use your domain instead of SES&apos;s. Verify the domain in SES first and point a CNAME record for it at %1; for HTTPS links put a CDN with a certificate for the domain in front of that host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::UpdateAccountSettingsCommand</name>
    <message>
        <source>Pause sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause email sending for this account in region %1? Every send call will be rejected until sending is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving account settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::UpdateEventDestinationCommand</name>
    <message>
        <source>Enabling the event destination %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling the event destination %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the event destination %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the event destination %1 of the configuration set %2?

SES stops publishing its events there at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event publishing to %1 enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event publishing to %1 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event destination %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::VdmOptionsSection</name>
    <message>
        <source>Virtual Deliverability Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override the account-level settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the account&apos;s Virtual Deliverability Manager settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimized shared delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an override, mail sent with this set follows the account&apos;s VDM settings. Turning engagement tracking off here does not stop open and click events of event destinations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::VerificationSection</name>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the verification status means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-send &amp;verification email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-send verification email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES sends a new mail with a new link, valid for 24 hours (SES API v1 VerifyEmailIdentity; the identity and its settings stay as they are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SES sent a verification mail to %1 from no-reply-aws@amazon.com (subject “Amazon Web Services – Email Address Verification Request in region %2”). If it did not arrive within 5 minutes, check the spelling and the junk folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner of %1 clicked the verification link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sending the verification mail failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new verification mail is on its way to %1. Its link is valid for 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views::WarmupDialog</name>
    <message>
        <source>Edit warm-up of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warm-up of %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2% warmed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the warm-up &amp;percentage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the warm-up percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;complete (100%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the warm-up as complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to 0% and warm it up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox providers distrust an IP without sending history: a warm-up raises its volume over 2 to 6 weeks. SES sends the rest of the mail through other warmed-up IPs or the shared pool meanwhile. Marking an IP complete too early risks throttling and blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Amazon SES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the Local Sandbox, whatever credentials are configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
