<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are TXT records at this name, but none is an SPF record (v=spf1 ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are %n SPF records at this name. SPF allows only one: receivers treat several as an error (PermError). Merge them into one record.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value is split into %n strings (%1). Receivers join them without spaces and read &quot;%2&quot;, which is not the intended record. Publish the value as one string: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>Views::BusyOverlay</name>
    <message>
        <source>Loading</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a different value</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookups failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
