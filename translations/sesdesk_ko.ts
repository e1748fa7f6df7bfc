<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Aws</name>
    <message>
        <source>The %1 answer is not a JSON object: %2.</source>
        <translation>%1 응답이 JSON 객체가 아닙니다: %2.</translation>
    </message>
    <message>
        <source>MetricDataResult &quot;%1&quot;: timestamp %2 is not valid.</source>
        <translation>MetricDataResult &quot;%1&quot;: 타임스탬프 %2이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>MetricDataResult &quot;%1&quot;: value %2 is not a number.</source>
        <translation>MetricDataResult &quot;%1&quot;: 값 %2이(가) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>MetricDataResult &quot;%1&quot; has %2 timestamps but %3 values.</source>
        <translation>MetricDataResult &quot;%1&quot;에 타임스탬프는 %2개인데 값은 %3개입니다.</translation>
    </message>
    <message>
        <source>Expected a &lt;%1&gt; answer, got &lt;%2&gt;.</source>
        <translation>&lt;%1&gt; 응답이어야 하는데 &lt;%2&gt; 응답을 받았습니다.</translation>
    </message>
    <message>
        <source>MetricDataResult &quot;%1&quot;: timestamp %2 &quot;%3&quot; is not valid.</source>
        <translation>MetricDataResult &quot;%1&quot;: 타임스탬프 %2 &quot;%3&quot;이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>MetricDataResult &quot;%1&quot;: value %2 &quot;%3&quot; is not a number.</source>
        <translation>MetricDataResult &quot;%1&quot;: 값 %2 &quot;%3&quot;이(가) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>SendDataPoint %1: %2 &quot;%3&quot; is not valid.</source>
        <translation>SendDataPoint %1: %2 &quot;%3&quot;이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>GetSendQuota: %1 &quot;%2&quot; is not a number.</source>
        <translation>GetSendQuota: %1 &quot;%2&quot;이(가) 숫자가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Aws::AssumeRoleCredentialsProvider</name>
    <message>
        <source>profile &quot;%1&quot;: role %2 assumed with %3</source>
        <translation>프로필 &quot;%1&quot;: %3(으)로 역할 %2 수임</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: assuming role %2 failed: %3</source>
        <translation>프로필 &quot;%1&quot;: 역할 %2 수임 실패: %3</translation>
    </message>
</context>
<context>
    <name>Aws::AwsClient</name>
    <message>
        <source>No credentials.</source>
        <translation>자격 증명이 없습니다.</translation>
    </message>
    <message>
        <source>The endpoint for %1 is not a valid URL.</source>
        <translation>%1의 엔드포인트가 올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>Refusing to send AWS credentials over %1 to %2: only https:// is allowed, or http:// to a loopback address.</source>
        <translation>%1(으)로 %2에 AWS 자격 증명을 보내지 않습니다. https://만 허용되며, http://는 루프백 주소에만 허용됩니다.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>%1이(가) %2초 안에 응답하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Aws::AwsConfigFile</name>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 %2번째 줄: %3</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>텍스트가 올바른 UTF-8이 아닙니다</translation>
    </message>
    <message>
        <source>section [%1] appears a second time (first on line %2)</source>
        <translation>섹션 [%1]이(가) 두 번 나옵니다(처음은 %2번째 줄)</translation>
    </message>
    <message>
        <source>a setting appears before the first [section] header</source>
        <translation>첫 [섹션] 헤더 앞에 설정이 있습니다</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot;</source>
        <translation>&quot;키 = 값&quot; 형식이어야 합니다</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot;, found no key before &quot;%1&quot;</source>
        <translation>&quot;키 = 값&quot; 형식이어야 하는데 &quot;%1&quot; 앞에 키가 없습니다</translation>
    </message>
    <message>
        <source>a setting in [%1] is set a second time (first on line %2)</source>
        <translation>[%1]의 설정이 두 번 지정되었습니다(처음은 %2번째 줄)</translation>
    </message>
    <message>
        <source>%1 is set a second time in [%2] (first on line %3)</source>
        <translation>[%2]에서 %1이(가) 두 번 지정되었습니다(처음은 %3번째 줄)</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot; in an indented block</source>
        <translation>들여쓴 블록에서는 &quot;키 = 값&quot; 형식이어야 합니다</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot; in the indented block under %1</source>
        <translation>%1 아래 들여쓴 블록에서는 &quot;키 = 값&quot; 형식이어야 합니다</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>Aws::ProcessCredentialsProvider</name>
    <message>
        <source>credential_process of profile &quot;%1&quot;</source>
        <translation>프로필 &quot;%1&quot;의 credential_process</translation>
    </message>
    <message>
        <source>credential_process of profile &quot;%1&quot; (%2)</source>
        <translation>프로필 &quot;%1&quot;의 credential_process (%2)</translation>
    </message>
    <message>
        <source>credential_process of profile &quot;%1&quot; cannot be split into words: %2</source>
        <translation>프로필 &quot;%1&quot;의 credential_process를 단어로 나눌 수 없습니다: %2</translation>
    </message>
    <message>
        <source>credential_process of profile &quot;%1&quot; is empty</source>
        <translation>프로필 &quot;%1&quot;의 credential_process가 비어 있습니다</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped</source>
        <translation>%1이(가) %2초 안에 끝나지 않아 중지했습니다</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation>%1이(가) 비정상 종료되었습니다</translation>
    </message>
    <message>
        <source>%1 crashed: %2</source>
        <translation>%1이(가) 비정상 종료되었습니다: %2</translation>
    </message>
    <message>
        <source>%1 exited with code %2</source>
        <translation>%1이(가) 코드 %2(으)로 종료되었습니다</translation>
    </message>
    <message>
        <source>%1 exited with code %2: %3</source>
        <translation>%1이(가) 코드 %2(으)로 종료되었습니다: %3</translation>
    </message>
    <message>
        <source>%1 printed nothing; expected JSON with &quot;Version&quot;: 1</source>
        <translation>%1이(가) 아무것도 출력하지 않았습니다. &quot;Version&quot;: 1이 있는 JSON이어야 합니다</translation>
    </message>
    <message>
        <source>%1 printed output that is not valid JSON (%2 at character %3)</source>
        <translation>%1의 출력이 올바른 JSON이 아닙니다(%3번째 문자에서 %2)</translation>
    </message>
    <message>
        <source>%1 printed JSON that is not an object</source>
        <translation>%1이(가) 객체가 아닌 JSON을 출력했습니다</translation>
    </message>
    <message>
        <source>%1 printed no &quot;Version&quot;; the supported version is 1</source>
        <translation>%1의 출력에 &quot;Version&quot;이 없습니다. 지원하는 버전은 1입니다</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(숫자 아님)</translation>
    </message>
    <message>
        <source>%1 printed unsupported &quot;Version&quot; %2; the supported version is 1</source>
        <translation>%1이(가) 지원하지 않는 &quot;Version&quot; %2을(를) 출력했습니다. 지원하는 버전은 1입니다</translation>
    </message>
    <message>
        <source>%1 printed no &quot;%2&quot;</source>
        <translation>%1의 출력에 &quot;%2&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 printed a &quot;%2&quot; that is not a non-empty string</source>
        <translation>%1이(가) 출력한 &quot;%2&quot;이(가) 비어 있지 않은 문자열이 아닙니다</translation>
    </message>
    <message>
        <source>%1 printed a &quot;SessionToken&quot; that is not a string</source>
        <translation>%1이(가) 출력한 &quot;SessionToken&quot;이 문자열이 아닙니다</translation>
    </message>
    <message>
        <source>%1 printed an &quot;Expiration&quot; that is not an ISO 8601 time such as 2030-01-31T12:00:00Z</source>
        <translation>%1이(가) 출력한 &quot;Expiration&quot;이 2030-01-31T12:00:00Z 같은 ISO 8601 시각이 아닙니다</translation>
    </message>
</context>
<context>
    <name>Aws::ProfileResolver</name>
    <message>
        <source>%1 is set but empty, and no profile has an empty name</source>
        <translation>%1이(가) 설정되었지만 비어 있고, 이름이 빈 프로필은 없습니다</translation>
    </message>
    <message>
        <source>The config profile &quot;%1&quot; (from %2) could not be found in %3 or %4</source>
        <translation>설정 프로필 &quot;%1&quot;(%2에서 지정)을 %3이나 %4에서 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>Explicit credentials are incomplete: the access key id is missing</source>
        <translation>명시한 자격 증명이 불완전합니다: 액세스 키 ID가 없습니다</translation>
    </message>
    <message>
        <source>Explicit credentials are incomplete: the secret access key is missing</source>
        <translation>명시한 자격 증명이 불완전합니다: 비밀 액세스 키가 없습니다</translation>
    </message>
    <message>
        <source>explicit credentials</source>
        <translation>명시한 자격 증명</translation>
    </message>
    <message>
        <source>Unable to locate credentials: none were given explicitly, %1and profile &quot;%2&quot; has none in %3 or %4. Set them up with &quot;aws configure&quot; or choose another profile.</source>
        <translation>자격 증명을 찾을 수 없습니다: 명시한 것이 없고, %1프로필 &quot;%2&quot;에도 %3이나 %4에 없습니다. &quot;aws configure&quot;로 설정하거나 다른 프로필을 선택하세요.</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is not set, </source>
        <translation>AWS_ACCESS_KEY_ID가 설정되지 않았고, </translation>
    </message>
    <message>
        <source>%1 is not a valid endpoint URL: expected http:// or https:// followed by a host name</source>
        <translation>%1은(는) 올바른 엔드포인트 URL이 아닙니다: http:// 또는 https:// 뒤에 호스트 이름이 와야 합니다</translation>
    </message>
    <message>
        <source>endpoint_url of profile &quot;%1&quot; in %2</source>
        <translation>%2에 있는 프로필 &quot;%1&quot;의 endpoint_url</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses the services section &quot;%2&quot;, which does not exist in %3</source>
        <translation>프로필 &quot;%1&quot;이(가) 사용하는 services 섹션 &quot;%2&quot;이(가) %3에 없습니다</translation>
    </message>
    <message>
        <source>%1 line %2: &quot;%3&quot; in [services %4] must be followed by indented settings such as &quot;endpoint_url = https://...&quot;</source>
        <translation>%1 %2번째 줄: [services %4]의 &quot;%3&quot; 뒤에는 &quot;endpoint_url = https://...&quot; 같은 들여쓴 설정이 와야 합니다</translation>
    </message>
    <message>
        <source>%1 line %2 (endpoint_url for %3 in [services %4])</source>
        <translation>%1 %2번째 줄([services %4]의 %3 endpoint_url)</translation>
    </message>
    <message>
        <source>AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not</source>
        <translation>AWS_ACCESS_KEY_ID는 설정되었지만 AWS_SECRET_ACCESS_KEY는 설정되지 않았습니다</translation>
    </message>
    <message>
        <source>AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 time such as 2030-01-31T12:00:00Z</source>
        <translation>AWS_CREDENTIAL_EXPIRATION이 2030-01-31T12:00:00Z 같은 ISO 8601 시각이 아닙니다</translation>
    </message>
    <message>
        <source>environment variables (AWS_ACCESS_KEY_ID)</source>
        <translation>환경 변수(AWS_ACCESS_KEY_ID)</translation>
    </message>
    <message>
        <source>%1 line %2: %3 of profile &quot;%4&quot; is empty</source>
        <translation>%1 %2번째 줄: 프로필 &quot;%4&quot;의 %3이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot; has aws_access_key_id (line %3) but no %4</source>
        <translation>%1: 프로필 &quot;%2&quot;에 aws_access_key_id(%3번째 줄)는 있지만 %4이(가) 없습니다</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; in %2</source>
        <translation>%2의 프로필 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses %2, which SesDesk does not support. Use a profile with keys or credential_process instead, for example credential_process = aws configure export-credentials --profile %1 --format process (AWS CLI v2).</source>
        <translation>프로필 &quot;%1&quot;이(가) SesDesk가 지원하지 않는 %2을(를) 사용합니다. 키가 있는 프로필이나 credential_process를 대신 사용하세요. 예: credential_process = aws configure export-credentials --profile %1 --format process (AWS CLI v2).</translation>
    </message>
    <message>
        <source>web identity federation (web_identity_token_file or %1)</source>
        <translation>웹 자격 증명 페더레이션(web_identity_token_file 또는 %1)</translation>
    </message>
    <message>
        <source>IAM Identity Center (SSO)</source>
        <translation>IAM Identity Center(SSO)</translation>
    </message>
    <message>
        <source>an &quot;aws login&quot; session (login_session)</source>
        <translation>&quot;aws login&quot; 세션(login_session)</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; contains both source_profile and credential_source; use one</source>
        <translation>프로필 &quot;%1&quot;에 source_profile과 credential_source가 모두 있습니다. 하나만 사용하세요</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has role_arn but neither source_profile nor credential_source</source>
        <translation>프로필 &quot;%1&quot;에 role_arn은 있지만 source_profile도 credential_source도 없습니다</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses mfa_serial, which SesDesk does not support: it cannot ask for MFA codes. Use credential_process with a helper that asks for the code, or temporary credentials from &quot;aws sts get-session-token&quot;.</source>
        <translation>프로필 &quot;%1&quot;이(가) SesDesk가 지원하지 않는 mfa_serial을 사용합니다. SesDesk는 MFA 코드를 물어볼 수 없습니다. 코드를 묻는 도우미와 함께 credential_process를 쓰거나 &quot;aws sts get-session-token&quot;으로 받은 임시 자격 증명을 사용하세요.</translation>
    </message>
    <message>
        <source>%1 line %2: duration_seconds of profile &quot;%3&quot; must be a whole number of seconds</source>
        <translation>%1 %2번째 줄: 프로필 &quot;%3&quot;의 duration_seconds는 정수 초여야 합니다</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has an empty role_arn</source>
        <translation>프로필 &quot;%1&quot;의 role_arn이 비어 있습니다</translation>
    </message>
    <message>
        <source>No credentials found in credential_source referenced in profile &quot;%1&quot;: AWS_ACCESS_KEY_ID is not set</source>
        <translation>프로필 &quot;%1&quot;이(가) 참조하는 credential_source에 자격 증명이 없습니다: AWS_ACCESS_KEY_ID가 설정되지 않았습니다</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses credential_source = %2, which SesDesk does not support; only Environment is supported</source>
        <translation>프로필 &quot;%1&quot;이(가) SesDesk가 지원하지 않는 credential_source = %2을(를) 사용합니다. Environment만 지원합니다</translation>
    </message>
    <message>
        <source>The credential source &quot;%1&quot; referenced in profile &quot;%2&quot; is not valid; the valid values are Environment, Ec2InstanceMetadata and EcsContainer</source>
        <translation>프로필 &quot;%2&quot;이(가) 참조하는 자격 증명 원본 &quot;%1&quot;이(가) 올바르지 않습니다. 올바른 값은 Environment, Ec2InstanceMetadata, EcsContainer입니다</translation>
    </message>
    <message>
        <source>The source_profile &quot;%1&quot; referenced in the profile &quot;%2&quot; does not exist</source>
        <translation>프로필 &quot;%2&quot;이(가) 참조하는 source_profile &quot;%1&quot;이(가) 없습니다</translation>
    </message>
    <message>
        <source>Infinite loop in credential configuration: source_profile &quot;%1&quot; of profile &quot;%2&quot; was already visited (%3)</source>
        <translation>자격 증명 설정에 무한 루프가 있습니다: 프로필 &quot;%2&quot;의 source_profile &quot;%1&quot;을(를) 이미 거쳤습니다(%3)</translation>
    </message>
    <message>
        <source>The source profile &quot;%1&quot; (of profile &quot;%2&quot;) must have credentials</source>
        <translation>(프로필 &quot;%2&quot;의) 원본 프로필 &quot;%1&quot;에는 자격 증명이 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>Aws::RefreshingCredentialsProvider</name>
    <message>
        <source>%1 returned credentials that had already expired (at %2); check the system clock</source>
        <translation>%1이(가) 이미 만료된(%2) 자격 증명을 반환했습니다. 시스템 시계를 확인하세요</translation>
    </message>
</context>
<context>
    <name>Aws::ShellWords</name>
    <message>
        <source>no closing quotation</source>
        <translation>닫는 따옴표가 없습니다</translation>
    </message>
    <message>
        <source>no escaped character after a trailing backslash</source>
        <translation>끝의 백슬래시 뒤에 이스케이프할 문자가 없습니다</translation>
    </message>
</context>
<context>
    <name>Aws::SmtpPassword</name>
    <message>
        <source>The secret access key is empty.</source>
        <translation>비밀 액세스 키가 비어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AWS region name such as us-east-1.</source>
        <translation>&quot;%1&quot;은(는) us-east-1 같은 AWS 리전 이름이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Aws::StsClient</name>
    <message>
        <source>The AssumeRole answer has no valid %1</source>
        <translation>AssumeRole 응답에 올바른 %1이(가) 없습니다</translation>
    </message>
</context>
<context>
    <name>Connection::DefaultSessionFactory</name>
    <message>
        <source>Local Sandbox</source>
        <translation>로컬 샌드박스</translation>
    </message>
    <message>
        <source>This build has no Local Sandbox.</source>
        <translation>이 빌드에는 로컬 샌드박스가 없습니다.</translation>
    </message>
    <message>
        <source>the Local Sandbox&apos;s own keys</source>
        <translation>로컬 샌드박스 자체 키</translation>
    </message>
    <message>
        <source>AWS CLI profiles are not available.</source>
        <translation>AWS CLI 프로필을 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>default (environment)</source>
        <translation>default (환경 변수)</translation>
    </message>
    <message>
        <source>The SesDesk profile “%1” does not exist.</source>
        <translation>SesDesk 프로필 “%1”이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The secret access key of profile “%1” is not stored (without a keyring it is kept only until SesDesk quits). Enter it again under Profiles.</source>
        <translation>프로필 “%1”의 비밀 액세스 키가 저장되어 있지 않습니다(키링이 없으면 SesDesk를 종료할 때까지만 보관됩니다). 프로필에서 다시 입력하세요.</translation>
    </message>
    <message>
        <source>The keyring did not give the secret access key of profile “%1”: %2</source>
        <translation>키링에서 프로필 “%1”의 비밀 액세스 키를 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <source>SesDesk profile %1</source>
        <translation>SesDesk 프로필 %1</translation>
    </message>
</context>
<context>
    <name>Connection::ProfileCatalog</name>
    <message>
        <source>default (environment)</source>
        <translation>default (환경 변수)</translation>
    </message>
</context>
<context>
    <name>Connection::SesDeskProfile</name>
    <message>
        <source>Name: enter a name for the profile.</source>
        <translation>이름: 프로필 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Name: use up to 64 letters, digits, spaces and . _ @ + -, starting with a letter or digit.</source>
        <translation>이름: 문자 또는 숫자로 시작하고 문자, 숫자, 공백, . _ @ + - 만 사용해 최대 64자로 입력하세요.</translation>
    </message>
    <message>
        <source>Region: choose a region where SES is offered.</source>
        <translation>리전: SES를 제공하는 리전을 선택하세요.</translation>
    </message>
    <message>
        <source>Endpoint: enter a URL such as https://email.example.com.</source>
        <translation>엔드포인트: https://email.example.com 같은 URL을 입력하세요.</translation>
    </message>
    <message>
        <source>Endpoint: plain http:// is only allowed for a server on this computer (127.0.0.1); use https://.</source>
        <translation>엔드포인트: 일반 http://는 이 컴퓨터의 서버(127.0.0.1)에만 허용됩니다. https://를 사용하세요.</translation>
    </message>
    <message>
        <source>Access key ID: enter the access key ID.</source>
        <translation>액세스 키 ID: 액세스 키 ID를 입력하세요.</translation>
    </message>
    <message>
        <source>Access key ID: expected 16 to 128 capital letters and digits, such as AKIAIOSFODNN7EXAMPLE.</source>
        <translation>액세스 키 ID: AKIAIOSFODNN7EXAMPLE처럼 대문자와 숫자 16~128자여야 합니다.</translation>
    </message>
    <message>
        <source>Secret access key: enter the secret access key.</source>
        <translation>비밀 액세스 키: 비밀 액세스 키를 입력하세요.</translation>
    </message>
    <message>
        <source>Secret access key: expected at least 16 characters without spaces (AWS keys have 40).</source>
        <translation>비밀 액세스 키: 공백 없이 16자 이상이어야 합니다(AWS 키는 40자).</translation>
    </message>
</context>
<context>
    <name>Connection::SesDeskProfileStore</name>
    <message>
        <source>Name: a profile called “%1” already exists.</source>
        <translation>이름: “%1” 프로필이 이미 있습니다.</translation>
    </message>
</context>
<context>
    <name>EmbeddedSandboxLauncher</name>
    <message>
        <source>The Local Sandbox could not start: %1</source>
        <translation>로컬 샌드박스를 시작하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>IdentityName</name>
    <message>
        <source>The domain is empty.</source>
        <translation>도메인이 비어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid internationalized domain name.</source>
        <translation>&quot;%1&quot;은(는) 올바른 국제화 도메인 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>The domain is longer than 253 characters.</source>
        <translation>도메인이 253자보다 깁니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no top-level domain; enter a full domain such as example.com.</source>
        <translation>&quot;%1&quot;에는 최상위 도메인이 없습니다. example.com 같은 전체 도메인을 입력하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains an empty label (two dots in a row).</source>
        <translation>&quot;%1&quot;에 빈 레이블이 있습니다(점이 두 개 연속).</translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; may only contain letters, digits and hyphens, and may not start or end with a hyphen.</source>
        <translation>레이블 &quot;%1&quot;에는 문자, 숫자, 하이픈만 쓸 수 있으며 하이픈으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>Enter an email address or a domain.</source>
        <translation>이메일 주소나 도메인을 입력하세요.</translation>
    </message>
    <message>
        <source>The email address has nothing before the @.</source>
        <translation>이메일 주소의 @ 앞에 아무것도 없습니다.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>@ 앞부분이 64자보다 깁니다.</translation>
    </message>
    <message>
        <source>The part before the @ must be 7-bit ASCII without spaces (SES requirement).</source>
        <translation>@ 앞부분은 공백 없는 7비트 ASCII여야 합니다(SES 요구 사항).</translation>
    </message>
</context>
<context>
    <name>Items::ActivityLogModel</name>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>OK (%1)</source>
        <translation>성공 (%1)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n회 시도</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>요청 ID</translation>
    </message>
</context>
<context>
    <name>Items::ConfigurationSetListModel</name>
    <message>
        <source>Configuration set</source>
        <translation>구성 세트</translation>
    </message>
</context>
<context>
    <name>Items::DedicatedIpModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 주소</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>풀</translation>
    </message>
    <message>
        <source>Warm-up status</source>
        <translation>워밍업 상태</translation>
    </message>
    <message>
        <source>Warm-up percentage</source>
        <translation>워밍업 비율</translation>
    </message>
</context>
<context>
    <name>Items::DedicatedIpPoolModel</name>
    <message>
        <source>Pool</source>
        <translation>풀</translation>
    </message>
    <message>
        <source>Scaling mode</source>
        <translation>크기 조정 모드</translation>
    </message>
</context>
<context>
    <name>Items::DedicatedIps</name>
    <message>
        <source>Standard</source>
        <translation>표준</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>관리형</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>해당 없음</translation>
    </message>
</context>
<context>
    <name>Items::DnsRecordModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>purpose (requirement)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>Unicode name (ASCII name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(unknown: %1)</source>
        <translation>(알 수 없음: %1)</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>DNS check</source>
        <translation>DNS 확인</translation>
    </message>
</context>
<context>
    <name>Items::EventDestinationModel</name>
    <message>
        <source>Amazon CloudWatch</source>
        <translation>Amazon CloudWatch</translation>
    </message>
    <message>
        <source>Amazon Data Firehose</source>
        <translation>Amazon Data Firehose</translation>
    </message>
    <message>
        <source>Amazon EventBridge</source>
        <translation>Amazon EventBridge</translation>
    </message>
    <message>
        <source>Amazon SNS</source>
        <translation>Amazon SNS</translation>
    </message>
    <message>
        <source>Amazon Pinpoint</source>
        <translation>Amazon Pinpoint</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>Rendering failures</source>
        <translation>렌더링 실패</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>배달</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>하드 바운스</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>수신 거부</translation>
    </message>
    <message>
        <source>Delivery delays</source>
        <translation>배달 지연</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>구독</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>The send request succeeded and SES will try to deliver the message.</source>
        <translation>전송 요청이 성공했으며 SES가 메시지 배달을 시도합니다.</translation>
    </message>
    <message>
        <source>A template could not be rendered (missing data or a parameter mismatch); templated sends only.</source>
        <translation>템플릿을 렌더링할 수 없습니다(데이터 누락 또는 파라미터 불일치). 템플릿을 사용한 전송에만 해당합니다.</translation>
    </message>
    <message>
        <source>SES accepted the message but found a virus in it and did not try to deliver it.</source>
        <translation>SES가 메시지를 수락했지만 바이러스가 발견되어 배달을 시도하지 않았습니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server accepted the message.</source>
        <translation>수신자의 메일 서버가 메시지를 수락했습니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server rejected the message permanently (soft bounces only once SES gives up retrying).</source>
        <translation>수신자의 메일 서버가 메시지를 영구적으로 거부했습니다(소프트 바운스는 SES가 재시도를 포기한 경우에만 해당).</translation>
    </message>
    <message>
        <source>The message was delivered, and the recipient marked it as spam.</source>
        <translation>메시지가 배달되었고 수신자가 이를 스팸으로 표시했습니다.</translation>
    </message>
    <message>
        <source>The message could not be delivered yet because of a temporary problem (a full inbox, a receiving server issue).</source>
        <translation>일시적인 문제(받은 편지함 가득 참, 수신 서버 문제)로 아직 메시지를 배달하지 못했습니다.</translation>
    </message>
    <message>
        <source>The message was delivered, and the recipient changed their subscription through the List-Unsubscribe header or the unsubscribe link.</source>
        <translation>메시지가 배달되었고 수신자가 List-Unsubscribe 헤더나 구독 취소 링크로 구독 설정을 변경했습니다.</translation>
    </message>
    <message>
        <source>The recipient opened the message.</source>
        <translation>수신자가 메시지를 열었습니다.</translation>
    </message>
    <message>
        <source>The recipient clicked one or more links in the message.</source>
        <translation>수신자가 메시지의 링크를 하나 이상 클릭했습니다.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>대상 서비스</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>이벤트 유형</translation>
    </message>
    <message>
        <source>Event publishing</source>
        <translation>이벤트 게시</translation>
    </message>
</context>
<context>
    <name>Items::Identity</name>
    <message>
        <source>Verified</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>일시적 실패</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>시작 안 됨</translation>
    </message>
    <message>
        <source>SES verified this identity; you can send from it.</source>
        <translation>SES가 이 자격 증명을 확인했습니다. 이 자격 증명으로 메일을 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>SES is looking for the DKIM records in your DNS. DNS changes can take up to 72 hours to be seen; SES keeps checking for 72 hours.</source>
        <translation>SES가 DNS에서 DKIM 레코드를 찾고 있습니다. DNS 변경이 반영되기까지 최대 72시간이 걸릴 수 있으며, SES는 72시간 동안 계속 확인합니다.</translation>
    </message>
    <message>
        <source>SES sent a verification mail to this address (from no-reply-aws@amazon.com, usually within 5 minutes). The link in it must be clicked within 24 hours.</source>
        <translation>SES가 이 주소로 확인 메일을 보냈습니다(no-reply-aws@amazon.com에서, 보통 5분 이내). 메일의 링크를 24시간 이내에 클릭해야 합니다.</translation>
    </message>
    <message>
        <source>SES did not find the DNS records within 72 hours and stopped checking. Correct the records, then start verification again.</source>
        <translation>SES가 72시간 이내에 DNS 레코드를 찾지 못해 확인을 중단했습니다. 레코드를 수정한 다음 확인을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The verification link was not clicked within 24 hours. Re-send the verification mail.</source>
        <translation>확인 링크가 24시간 이내에 클릭되지 않았습니다. 확인 메일을 다시 보내세요.</translation>
    </message>
    <message>
        <source>SES verified this identity before but cannot find its DNS records now. It rechecks for 72 hours: then the identity is verified again or fails.</source>
        <translation>SES가 이전에 이 자격 증명을 확인했지만 지금은 DNS 레코드를 찾을 수 없습니다. 72시간 동안 다시 확인한 뒤 자격 증명은 다시 확인되거나 실패합니다.</translation>
    </message>
    <message>
        <source>Verification has not started.</source>
        <translation>확인이 시작되지 않았습니다.</translation>
    </message>
    <message>
        <source>SES found the DKIM records and signs your mail.</source>
        <translation>SES가 DKIM 레코드를 찾았으며 메일에 서명합니다.</translation>
    </message>
    <message>
        <source>SES has not found the DKIM records yet; it keeps looking for up to 72 hours.</source>
        <translation>SES가 아직 DKIM 레코드를 찾지 못했습니다. 최대 72시간 동안 계속 찾습니다.</translation>
    </message>
    <message>
        <source>SES did not find the DKIM records within 72 hours. Correct the records and set up DKIM again.</source>
        <translation>SES가 72시간 이내에 DKIM 레코드를 찾지 못했습니다. 레코드를 수정하고 DKIM을 다시 설정하세요.</translation>
    </message>
    <message>
        <source>SES cannot find the DKIM records it found before; it rechecks for 72 hours.</source>
        <translation>SES가 이전에 찾은 DKIM 레코드를 찾을 수 없습니다. 72시간 동안 다시 확인합니다.</translation>
    </message>
    <message>
        <source>SES has not started looking for the DKIM records.</source>
        <translation>SES가 아직 DKIM 레코드를 찾기 시작하지 않았습니다.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>이메일 주소</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <source>Managed domain</source>
        <translation>관리형 도메인</translation>
    </message>
</context>
<context>
    <name>Items::IdentityTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>Unicode name (ASCII name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Verified, signing off</source>
        <translation>확인됨, 서명 꺼짐</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>Sending enabled</source>
        <translation>전송 사용</translation>
    </message>
    <message>
        <source>Default configuration set</source>
        <translation>기본 구성 세트</translation>
    </message>
</context>
<context>
    <name>Items::ProfileListModel</name>
    <message>
        <source>%1 (AWS CLI)</source>
        <translation>%1 (AWS CLI)</translation>
    </message>
    <message>
        <source>%1 (SesDesk)</source>
        <translation>%1 (SesDesk)</translation>
    </message>
    <message>
        <source>A local SES-compatible server running inside SesDesk, with demo data. Nothing is sent to AWS.</source>
        <translation>SesDesk 안에서 실행되는 SES 호환 로컬 서버로, 데모 데이터가 들어 있습니다. AWS로는 아무것도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Profile from the AWS CLI&apos;s files in ~/.aws (read-only here).</source>
        <translation>~/.aws에 있는 AWS CLI 파일의 프로필입니다(여기서는 읽기 전용).</translation>
    </message>
    <message>
        <source>SesDesk profile; its secret key is in the keyring.</source>
        <translation>SesDesk 프로필입니다. 비밀 키는 키링에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Items::SuppressionList</name>
    <message>
        <source>Bounce</source>
        <extracomment>Suppression reason: the address hard-bounced</extracomment>
        <translation>반송 메일</translation>
    </message>
    <message>
        <source>Complaint</source>
        <extracomment>Suppression reason: the recipient marked mail as spam</extracomment>
        <translation>수신 거부</translation>
    </message>
</context>
<context>
    <name>Items::SuppressionListModel</name>
    <message>
        <source>Email address</source>
        <translation>이메일 주소</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>마지막 업데이트</translation>
    </message>
</context>
<context>
    <name>Items::TemplateListModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성 시각</translation>
    </message>
</context>
<context>
    <name>Items::TemplateVersionModel</name>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>복원됨</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <source>As found in SES</source>
        <translation>SES에 있던 그대로</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>Items::TestSendHistoryModel</name>
    <message>
        <source>Custom recipient</source>
        <translation>사용자 지정 수신자</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>요청 ID: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>From</source>
        <translation>보낸 사람</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>메시지 ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>최종 결과</translation>
    </message>
</context>
<context>
    <name>Items::TimeSeriesModel</name>
    <message>
        <source>Delivery attempts</source>
        <translation>전송 시도</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>반송 메일</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>수신 거부</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>사용자 인터페이스 언어</translation>
    </message>
    <message>
        <source>The language changes as soon as you press OK.</source>
        <translation>확인을 누르면 바로 언어가 바뀝니다.</translation>
    </message>
</context>
<context>
    <name>ProductionAccessDialog</name>
    <message>
        <source>Request production access</source>
        <translation>프로덕션 액세스 요청</translation>
    </message>
    <message>
        <source>In the SES sandbox you can only send to verified addresses and the mailbox simulator, 200 messages per 24 hours and 1 per second. Describe how you send email and AWS Support will review the request, usually within 24 hours. The details cannot be changed while the review is pending.</source>
        <translation>SES 샌드박스에서는 확인된 주소와 메일박스 시뮬레이터로만, 24시간에 200건, 초당 1건까지 보낼 수 있습니다. 이메일을 어떻게 보내는지 설명하면 AWS Support가 보통 24시간 안에 요청을 검토합니다. 검토가 진행되는 동안에는 내용을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>Mail type:</source>
        <translation>메일 유형:</translation>
    </message>
    <message>
        <source>&amp;Marketing</source>
        <translation>마케팅(&amp;M)</translation>
    </message>
    <message>
        <source>Most of your mail keeps customers informed of your latest offerings.</source>
        <translation>대부분의 메일이 고객에게 최신 상품과 서비스를 알리는 메일입니다.</translation>
    </message>
    <message>
        <source>Mail type: marketing</source>
        <translation>메일 유형: 마케팅</translation>
    </message>
    <message>
        <source>&amp;Transactional</source>
        <translation>트랜잭션(&amp;T)</translation>
    </message>
    <message>
        <source>Most of your mail is sent during a transaction with a customer (receipts, password resets).</source>
        <translation>대부분의 메일이 고객과의 거래 중에 보내는 메일입니다(영수증, 비밀번호 재설정).</translation>
    </message>
    <message>
        <source>Mail type: transactional</source>
        <translation>메일 유형: 트랜잭션</translation>
    </message>
    <message>
        <source>&amp;Website URL:</source>
        <translation>웹 사이트 URL(&amp;W):</translation>
    </message>
    <message>
        <source>https://www.example.com</source>
        <translation>https://www.example.com</translation>
    </message>
    <message>
        <source>Website URL</source>
        <translation>웹 사이트 URL</translation>
    </message>
    <message>
        <source>&amp;Use case description:</source>
        <translation>사용 사례 설명(&amp;U):</translation>
    </message>
    <message>
        <source>Use case description</source>
        <translation>사용 사례 설명</translation>
    </message>
    <message>
        <source>How you build and maintain your recipient lists, how you handle bounces and complaints, how recipients opt out, and how you chose the sending rate and quota you need.</source>
        <translation>수신자 목록을 어떻게 만들고 관리하는지, 반송과 수신 거부 신고를 어떻게 처리하는지, 수신자가 어떻게 수신을 거부할 수 있는지, 필요한 전송 속도와 할당량을 어떻게 정했는지 적어 주세요.</translation>
    </message>
    <message>
        <source>Additional &amp;contacts:</source>
        <translation>추가 연락처(&amp;C):</translation>
    </message>
    <message>
        <source>Up to 4 addresses, separated by commas</source>
        <translation>쉼표로 구분해 최대 4개 주소</translation>
    </message>
    <message>
        <source>Additional contact email addresses</source>
        <translation>추가 연락처 이메일 주소</translation>
    </message>
    <message>
        <source>Contact &amp;language:</source>
        <translation>연락 언어(&amp;L):</translation>
    </message>
    <message>
        <source>Preferred contact language</source>
        <translation>선호하는 연락 언어</translation>
    </message>
    <message>
        <source>I will only send to recipients who asked for my mail, and I agree to the AWS Service Terms and Acceptable Use Policy.</source>
        <translation>내 메일을 요청한 수신자에게만 보내며, AWS 서비스 약관과 이용 정책에 동의합니다.</translation>
    </message>
    <message>
        <source>Acknowledge the AWS terms</source>
        <translation>AWS 약관 동의</translation>
    </message>
    <message>
        <source>Problems with the request</source>
        <translation>요청의 문제</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>새 프로필</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>이름(&amp;A):</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>프로필 이름</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>리전(&amp;R):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>&amp;Endpoint (optional):</source>
        <translation>엔드포인트(선택)(&amp;E):</translation>
    </message>
    <message>
        <source>https://email.us-east-1.amazonaws.com</source>
        <translation>https://email.us-east-1.amazonaws.com</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>엔드포인트 URL</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>액세스 키 ID(&amp;K):</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>액세스 키 ID</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>비밀 액세스 키(&amp;S):</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>비밀 액세스 키</translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation>프로필의 문제</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>프로필 저장</translation>
    </message>
</context>
<context>
    <name>SendTestEmailDialog</name>
    <message>
        <source>Send test email</source>
        <translation>테스트 이메일 보내기</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>보낸 사람(&amp;F):</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>보낸 사람</translation>
    </message>
    <message>
        <source>A verified email address, or any address in a verified domain.</source>
        <translation>확인된 이메일 주소 또는 확인된 도메인에 속한 주소.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수신자</translation>
    </message>
    <message>
        <source>Mailbox &amp;simulator:</source>
        <translation>메일박스 시뮬레이터(&amp;S):</translation>
    </message>
    <message>
        <source>Send to the mailbox simulator</source>
        <translation>메일박스 시뮬레이터로 보내기</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>+&amp;label:</source>
        <translation>+레이블(&amp;L):</translation>
    </message>
    <message>
        <source>Label added to the simulator address</source>
        <translation>시뮬레이터 주소에 붙일 레이블</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>&amp;Custom address:</source>
        <translation>사용자 지정 주소(&amp;C):</translation>
    </message>
    <message>
        <source>Send to a custom address</source>
        <translation>사용자 지정 주소로 보내기</translation>
    </message>
    <message>
        <source>Custom recipient address</source>
        <translation>사용자 지정 수신자 주소</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>F&amp;ormatted</source>
        <translation>서식 있는 텍스트(&amp;O)</translation>
    </message>
    <message>
        <source>Formatted text content</source>
        <translation>서식 있는 텍스트 내용</translation>
    </message>
    <message>
        <source>Ra&amp;w MIME</source>
        <translation>원시 MIME(&amp;W)</translation>
    </message>
    <message>
        <source>Raw MIME content</source>
        <translation>원시 MIME 내용</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>템플릿(&amp;T)</translation>
    </message>
    <message>
        <source>Template content</source>
        <translation>템플릿 내용</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>제목(&amp;U):</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>본문(&amp;B):</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>메시지 본문</translation>
    </message>
    <message>
        <source>Raw MIME message</source>
        <translation>원시 MIME 메시지</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>템플릿(&amp;M):</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>&amp;Data (JSON):</source>
        <translation>데이터(JSON)(&amp;D):</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>Configuration s&amp;et:</source>
        <translation>구성 세트(&amp;E):</translation>
    </message>
    <message>
        <source>Configuration set</source>
        <translation>구성 세트</translation>
    </message>
    <message>
        <source>none (or the sender&apos;s default)</source>
        <translation>없음(또는 보낸 사람의 기본값)</translation>
    </message>
    <message>
        <source>Message ta&amp;gs:</source>
        <translation>메시지 태그(&amp;G):</translation>
    </message>
    <message>
        <source>Message tags</source>
        <translation>메시지 태그</translation>
    </message>
    <message>
        <source>name=value, name2=value2</source>
        <translation>name=value, name2=value2</translation>
    </message>
    <message>
        <source>Run &amp;all scenarios</source>
        <translation>모든 시나리오 실행(&amp;A)</translation>
    </message>
    <message>
        <source>Send this email once to each mailbox simulator scenario.</source>
        <translation>이 이메일을 메일박스 시뮬레이터의 각 시나리오로 한 번씩 보냅니다.</translation>
    </message>
    <message>
        <source>Run all scenarios</source>
        <translation>모든 시나리오 실행</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>Send the test email</source>
        <translation>테스트 이메일 보내기</translation>
    </message>
    <message>
        <source>Test sends</source>
        <translation>테스트 전송</translation>
    </message>
    <message>
        <source>&amp;Refresh outcomes</source>
        <translation>결과 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh the outcomes of the test sends</source>
        <translation>테스트 전송의 최종 결과 새로 고침</translation>
    </message>
</context>
<context>
    <name>Ses</name>
    <message>
        <source>subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>HTML part</source>
        <translation>HTML 파트</translation>
    </message>
    <message>
        <source>text part</source>
        <translation>텍스트 파트</translation>
    </message>
</context>
<context>
    <name>Ses::Aggregation</name>
    <message>
        <source>15 minutes</source>
        <translation>15분</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
</context>
<context>
    <name>Ses::AtomicFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot save the file: %1</source>
        <translation>파일을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>파일이 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The file is too large (%1 bytes; at most %2 are read).</source>
        <translation>파일이 너무 큽니다(%1바이트, 최대 %2바이트까지 읽음).</translation>
    </message>
</context>
<context>
    <name>Ses::BindZoneExporter</name>
    <message>
        <source>DNS records for the Amazon SES identity %1</source>
        <translation>Amazon SES 자격 증명 %1의 DNS 레코드</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>리전: %1 (%2)</translation>
    </message>
    <message>
        <source>Names are absolute (they end with a dot): add these lines to the zone of %1 as they are.</source>
        <translation>이름은 절대 이름(점으로 끝남)입니다. 이 줄들을 %1 영역에 그대로 추가하세요.</translation>
    </message>
</context>
<context>
    <name>Ses::CallerIdentityClient</name>
    <message>
        <source>The GetCallerIdentity answer names no account.</source>
        <translation>GetCallerIdentity 응답에 계정이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ses::CloudWatchClient</name>
    <message>
        <source>DeleteAlarms takes at most 100 alarm names; %1 were given.</source>
        <translation>DeleteAlarms에는 경보 이름을 최대 100개까지 지정할 수 있는데 %1개를 지정했습니다.</translation>
    </message>
</context>
<context>
    <name>Ses::ConfigurationSetRules</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; SES allows at most %3.</source>
        <translation>%1의 길이가 %2자입니다. SES는 최대 %3자까지 허용합니다.</translation>
    </message>
    <message>
        <source>%1 may only contain letters A–Z and a–z, digits 0–9, &quot;_&quot; and &quot;-&quot;; &quot;%2&quot; is not allowed.</source>
        <translation>%1에는 문자 A–Z, a–z, 숫자 0–9, &quot;_&quot;, &quot;-&quot;만 쓸 수 있습니다. &quot;%2&quot;은(는) 허용되지 않습니다.</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>공백</translation>
    </message>
    <message>
        <source>Custom redirect domain is missing.</source>
        <translation>사용자 지정 리디렉션 도메인이 없습니다.</translation>
    </message>
    <message>
        <source>Custom redirect domain &quot;%1&quot; is not a domain name such as track.example.com.</source>
        <translation>사용자 지정 리디렉션 도메인 &quot;%1&quot;이(가) track.example.com 같은 도메인 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an ARN (arn:aws:%3:%4:123456789012:%5…).</source>
        <translation>%1 &quot;%2&quot;이(가) ARN(arn:aws:%3:%4:123456789012:%5…)이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 names the service &quot;%2&quot;; it must be an ARN of %3.</source>
        <translation>%1이(가) 서비스 &quot;%2&quot;을(를) 가리킵니다. %3의 ARN이어야 합니다.</translation>
    </message>
    <message>
        <source>%1 is in the region &quot;%2&quot;; it must be in %3, the region of this configuration set.</source>
        <translation>%1이(가) 리전 &quot;%2&quot;에 있습니다. 이 구성 세트의 리전인 %3에 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 must name a resource &quot;%2…&quot;; &quot;%3&quot; does not.</source>
        <translation>%1은(는) 리소스 &quot;%2…&quot;을(를) 가리켜야 하는데 &quot;%3&quot;은(는) 그렇지 않습니다.</translation>
    </message>
    <message>
        <source>Event destination name</source>
        <translation>이벤트 대상 이름</translation>
    </message>
    <message>
        <source>Choose at least one event type to publish.</source>
        <translation>게시할 이벤트 유형을 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Amazon Pinpoint does not support delivery delay and subscription events; clear them or choose another destination.</source>
        <translation>Amazon Pinpoint는 배달 지연 및 구독 이벤트를 지원하지 않습니다. 선택을 해제하거나 다른 대상을 선택하세요.</translation>
    </message>
    <message>
        <source>A CloudWatch destination needs at least one dimension (a message tag, email header or link tag to count events by).</source>
        <translation>CloudWatch 대상에는 차원(이벤트를 집계할 기준이 되는 메시지 태그, 이메일 헤더 또는 링크 태그)이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>Dimension %1: the name &quot;%2&quot; may only contain ASCII letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;:&quot; (for SES&apos;s ses: tags).</source>
        <translation>차원 %1: 이름 &quot;%2&quot;에는 ASCII 문자, 숫자, &quot;_&quot;, &quot;-&quot;, &quot;:&quot;(SES의 ses: 태그용)만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Dimension %1: the name &quot;%2&quot; is used twice.</source>
        <translation>차원 %1: 이름 &quot;%2&quot;이(가) 두 번 사용되었습니다.</translation>
    </message>
    <message>
        <source>Dimension %1: the default value &quot;%2&quot; is needed and may only contain ASCII letters, digits, &quot;_&quot;, &quot;-&quot;, &quot;@&quot; and &quot;.&quot;.</source>
        <translation>차원 %1: 기본값 &quot;%2&quot;은(는) 필수이며 ASCII 문자, 숫자, &quot;_&quot;, &quot;-&quot;, &quot;@&quot;, &quot;.&quot;만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Dimension %1: SES cannot use the email header %2 as a dimension.</source>
        <translation>차원 %1: SES는 이메일 헤더 %2을(를) 차원으로 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Delivery stream ARN</source>
        <translation>전송 스트림 ARN</translation>
    </message>
    <message>
        <source>IAM role ARN</source>
        <translation>IAM 역할 ARN</translation>
    </message>
    <message>
        <source>Event bus ARN</source>
        <translation>이벤트 버스 ARN</translation>
    </message>
    <message>
        <source>SNS topic ARN</source>
        <translation>SNS 주제 ARN</translation>
    </message>
    <message>
        <source>SES publishes only to standard SNS topics, not to FIFO topics.</source>
        <translation>SES는 표준 SNS 주제에만 게시하며 FIFO 주제에는 게시하지 않습니다.</translation>
    </message>
    <message>
        <source>Pinpoint project ARN</source>
        <translation>Pinpoint 프로젝트 ARN</translation>
    </message>
</context>
<context>
    <name>Ses::Diagnosis</name>
    <message>
        <source>The record was found at %1: the domain is in the name twice. Your DNS provider adds &quot;%2&quot; to every name by itself, so enter only &quot;%3&quot; as the name, or end the full name with a dot.</source>
        <translation>레코드가 %1에서 발견되었습니다. 이름에 도메인이 두 번 들어갔습니다. DNS 제공업체가 모든 이름에 &quot;%2&quot;을(를) 자동으로 붙이므로 이름에는 &quot;%3&quot;만 입력하거나 전체 이름 끝에 점을 붙이세요.</translation>
    </message>
    <message>
        <source>No DMARC record is published. One is recommended: start with &quot;%1&quot; and tighten the policy to quarantine, then reject, once the reports look right.</source>
        <translation>DMARC 레코드가 게시되지 않았습니다. 게시를 권장합니다. &quot;%1&quot;(으)로 시작하고, 보고서가 문제없어 보이면 정책을 quarantine, 그다음 reject로 강화하세요.</translation>
    </message>
    <message>
        <source>The value was published as %1: your DNS provider appended the domain to it. Enter the value with a dot at the end (%2.) so that it is taken as complete.</source>
        <translation>값이 %1(으)로 게시되었습니다. DNS 제공업체가 값 뒤에 도메인을 붙였습니다. 완전한 이름으로 인식되도록 값 끝에 점을 붙여(%2.) 입력하세요.</translation>
    </message>
    <message>
        <source>the DKIM domain most regions use</source>
        <translation>대부분의 리전이 쓰는 DKIM 도메인</translation>
    </message>
    <message>
        <source>the DKIM domain of %1 (%2)</source>
        <translation>%1(%2)의 DKIM 도메인</translation>
    </message>
    <message>
        <source>another region&apos;s DKIM domain</source>
        <translation>다른 리전의 DKIM 도메인</translation>
    </message>
    <message>
        <source>A TXT record is published at this name instead of the CNAME record. Delete it and add a CNAME record with the value %1.</source>
        <translation>이 이름에 CNAME 레코드 대신 TXT 레코드가 게시되어 있습니다. 그것을 삭제하고 값이 %1인 CNAME 레코드를 추가하세요.</translation>
    </message>
    <message>
        <source>Besides the CNAME there are other records (TXT) at %1. A name with a CNAME must hold no other record; resolvers may see either. Delete the other records.</source>
        <translation>%1에 CNAME 외에 다른 레코드(TXT)가 있습니다. CNAME이 있는 이름에는 다른 레코드가 있으면 안 되며, 리졸버가 어느 쪽을 볼지 알 수 없습니다. 다른 레코드를 삭제하세요.</translation>
    </message>
    <message>
        <source>The CNAME points into %1, %2, but this identity&apos;s DKIM keys are in %3, %4: the record was probably copied from another region. Change the value to %5.</source>
        <translation>CNAME이 %1, %2을(를) 가리키지만 이 자격 증명의 DKIM 키는 %3, %4에 있습니다. 레코드를 다른 리전에서 복사한 것 같습니다. 값을 %5(으)로 바꾸세요.</translation>
    </message>
    <message>
        <source>The CNAME points to %1 instead of %2.</source>
        <translation>CNAME이 %2이(가) 아니라 %1을(를) 가리킵니다.</translation>
    </message>
    <message>
        <source>%1 is an alias (CNAME) for %2. A name with a CNAME can hold no other record, so the MX and TXT records SES needs cannot be published there: delete the CNAME.</source>
        <translation>%1은(는) %2의 별칭(CNAME)입니다. CNAME이 있는 이름에는 다른 레코드를 둘 수 없어 SES에 필요한 MX와 TXT 레코드를 게시할 수 없습니다. CNAME을 삭제하세요.</translation>
    </message>
    <message>
        <source>Published through an alias (CNAME) to %1.</source>
        <translation>%1에 대한 별칭(CNAME)을 통해 게시되어 있습니다.</translation>
    </message>
    <message>
        <source>The value contains quotation marks as part of the text (%1). Your DNS provider adds the quotation marks itself: enter the value without them.</source>
        <translation>값의 텍스트 안에 따옴표가 들어 있습니다(%1). DNS 제공업체가 따옴표를 자동으로 붙이므로 따옴표 없이 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>The value is spread over %n separate TXT records. It must be one record: put the whole value into a single TXT record (long values become several strings of that one record).</source>
        <translation>
            <numerusform>값이 별도의 TXT 레코드 %n개에 나뉘어 있습니다. 하나의 레코드여야 합니다. 전체 값을 TXT 레코드 하나에 넣으세요(긴 값은 그 레코드 안의 여러 문자열이 됩니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>There are TXT records at this name, but none is an SPF record (v=spf1 ...).</source>
        <translation>이 이름에 TXT 레코드는 있지만 SPF 레코드(v=spf1 ...)는 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n SPF records at this name. SPF allows only one: receivers treat several as an error (PermError). Merge them into one record.</source>
        <translation>
            <numerusform>이 이름에 SPF 레코드가 %n개 있습니다. SPF는 하나만 허용하며, 여러 개면 수신 측이 오류(PermError)로 처리합니다. 하나로 합치세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The value is split into %n strings (%1). Receivers join them without spaces and read &quot;%2&quot;, which is not the intended record. Publish the value as one string: %3.</source>
        <translation>
            <numerusform>값이 문자열 %n개로 나뉘어 있습니다(%1). 수신 측은 이를 공백 없이 이어 &quot;%2&quot;(으)로 읽으므로 의도한 레코드가 아닙니다. 값을 하나의 문자열로 게시하세요: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The SPF record does not include amazonses.com, so mail sent through SES fails SPF. Add include:amazonses.com; the suggested record is %1.</source>
        <translation>SPF 레코드에 amazonses.com이 포함되어 있지 않아 SES로 보낸 메일이 SPF 검사에 실패합니다. include:amazonses.com을 추가하세요. 권장 레코드는 %1입니다.</translation>
    </message>
    <message>
        <source>The SPF record includes amazonses.com together with other mechanisms.</source>
        <translation>SPF 레코드에 amazonses.com이 다른 메커니즘과 함께 포함되어 있습니다.</translation>
    </message>
    <message>
        <source>There are TXT records at this name, but none is a DKIM key (p=...).</source>
        <translation>이 이름에 TXT 레코드는 있지만 DKIM 키(p=...)는 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n DKIM key records at this selector; there must be exactly one.</source>
        <translation>
            <numerusform>이 선택기에 DKIM 키 레코드가 %n개 있습니다. 정확히 하나여야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A DKIM key is published; it was not compared because the public key is not known here.</source>
        <translation>DKIM 키가 게시되어 있습니다. 여기서는 공개 키를 알 수 없어 비교하지 않았습니다.</translation>
    </message>
    <message>
        <source>The DKIM record has an empty key (p=): the key is revoked.</source>
        <translation>DKIM 레코드의 키가 비어 있습니다(p=). 키가 폐기된 상태입니다.</translation>
    </message>
    <message>
        <source>The published public key is not the public key of this identity&apos;s private key.</source>
        <translation>게시된 공개 키가 이 자격 증명의 개인 키에 해당하는 공개 키가 아닙니다.</translation>
    </message>
    <message>
        <source>The TXT record at %1 does not start with v=DMARC1, so receivers ignore it. The suggested record is %2.</source>
        <translation>%1의 TXT 레코드가 v=DMARC1로 시작하지 않아 수신 측이 무시합니다. 권장 레코드는 %2입니다.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n DMARC records. With more than one, receivers apply none of them: keep one.</source>
        <translation>
            <numerusform>DMARC 레코드가 %n개 있습니다. 여러 개면 수신 측은 아무것도 적용하지 않습니다. 하나만 남기세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DMARC record has no valid policy: it needs p=none, p=quarantine or p=reject right after v=DMARC1.</source>
        <translation>DMARC 레코드에 올바른 정책이 없습니다. v=DMARC1 바로 뒤에 p=none, p=quarantine, p=reject 중 하나가 있어야 합니다.</translation>
    </message>
    <message>
        <source>A DMARC record with the policy p=%1 is published.</source>
        <translation>정책이 p=%1인 DMARC 레코드가 게시되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The MAIL FROM domain has %n MX records (%1). SES requires exactly one: keep only &quot;%2&quot;.</source>
        <translation>
            <numerusform>MAIL FROM 도메인에 MX 레코드가 %n개 있습니다(%1). SES는 정확히 하나를 요구합니다. &quot;%2&quot;만 남기세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The priority is %1 where the guide gives %2; with a single MX record that does not matter.</source>
        <translation>우선순위가 %1입니다(가이드는 %2). MX 레코드가 하나뿐이면 상관없습니다.</translation>
    </message>
    <message>
        <source>The MX record points to the feedback endpoint of %1 (%2). That works: one MX record serves a MAIL FROM domain used in several regions.</source>
        <translation>MX 레코드가 %1(%2)의 피드백 엔드포인트를 가리킵니다. 문제없습니다. MX 레코드 하나로 여러 리전에서 쓰는 MAIL FROM 도메인을 처리할 수 있습니다.</translation>
    </message>
    <message>
        <source>The MX record points to %1 instead of %2.</source>
        <translation>MX 레코드가 %2이(가) 아니라 %1을(를) 가리킵니다.</translation>
    </message>
    <message>
        <source>Other MX records exist too; mail goes to the one with the lowest priority number first.</source>
        <translation>다른 MX 레코드도 있습니다. 메일은 우선순위 숫자가 가장 낮은 레코드로 먼저 갑니다.</translation>
    </message>
    <message>
        <source>The MX record points to the receiving endpoint of %1 (%2); this identity is in %3.</source>
        <translation>MX 레코드가 %1(%2)의 수신 엔드포인트를 가리키지만, 이 자격 증명은 %3에 있습니다.</translation>
    </message>
    <message>
        <source>Mail for %1 goes to %2. To receive it with SES in this region, the MX record must point to %3.</source>
        <translation>%1의 메일이 %2(으)로 갑니다. 이 리전의 SES로 받으려면 MX 레코드가 %3을(를) 가리켜야 합니다.</translation>
    </message>
</context>
<context>
    <name>Ses::DkimPublicKey</name>
    <message>
        <source>No private key was given.</source>
        <translation>개인 키가 없습니다.</translation>
    </message>
    <message>
        <source>This is not a readable private key. Paste the PEM key (from -----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY----- to the END line), or its base64 text without those lines.</source>
        <translation>읽을 수 있는 개인 키가 아닙니다. PEM 키(-----BEGIN PRIVATE KEY----- 또는 -----BEGIN RSA PRIVATE KEY-----부터 END 줄까지)나 그 줄들을 뺀 base64 텍스트를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The private key is protected by a passphrase. SES needs the unencrypted key: decrypt it first (openssl rsa -in private.key -out plain.key).</source>
        <translation>개인 키가 암호로 보호되어 있습니다. SES에는 암호화되지 않은 키가 필요합니다. 먼저 복호화하세요(openssl rsa -in private.key -out plain.key).</translation>
    </message>
    <message>
        <source>This is a public key or certificate. BYODKIM needs the private key; SesDesk derives the public key from it.</source>
        <translation>공개 키나 인증서입니다. BYODKIM에는 개인 키가 필요하며, SesDesk가 그것에서 공개 키를 만듭니다.</translation>
    </message>
    <message>
        <source>The private key is damaged: its parts do not belong together. Copy it again, completely and unchanged.</source>
        <translation>개인 키가 손상되었습니다. 구성 요소가 서로 맞지 않습니다. 빠짐없이 그대로 다시 복사하세요.</translation>
    </message>
    <message>
        <source>The key is not an RSA key. SES accepts only RSA keys for DKIM.</source>
        <translation>RSA 키가 아닙니다. SES는 DKIM에 RSA 키만 받습니다.</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; SES accepts keys of %2 to %3 bits.</source>
        <translation>RSA 키가 %1비트입니다. SES는 %2~%3비트 키를 받습니다.</translation>
    </message>
</context>
<context>
    <name>Ses::DnsAdminMailBuilder</name>
    <message>
        <source>DNS records for %1 (Amazon SES)</source>
        <translation>%1의 DNS 레코드(Amazon SES)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>안녕하세요.</translation>
    </message>
    <message>
        <source>Please add the following DNS records to the zone of %1. Amazon SES (region %2, %3) needs them to send mail for this domain.</source>
        <translation>%1 영역에 다음 DNS 레코드를 추가해 주세요. Amazon SES(리전 %2, %3)가 이 도메인으로 메일을 보내는 데 필요합니다.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Name (Unicode):</source>
        <translation>이름(유니코드):</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>유형:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>우선순위:</translation>
    </message>
    <message>
        <source>(the public key will follow in a separate mail)</source>
        <translation>(공개 키는 별도 메일로 보내 드립니다)</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>값:</translation>
    </message>
    <message>
        <source>Please note:</source>
        <translation>참고:</translation>
    </message>
    <message>
        <source>The names are complete. If your DNS provider adds the domain to every name by itself, enter only the part before &quot;.%1&quot;, or end the name with a dot; otherwise the domain ends up in the name twice.</source>
        <translation>이름은 완전한 이름입니다. DNS 제공업체가 모든 이름에 도메인을 자동으로 붙인다면 &quot;.%1&quot; 앞부분만 입력하거나 이름 끝에 점을 붙이세요. 그렇지 않으면 이름에 도메인이 두 번 들어갑니다.</translation>
    </message>
    <message>
        <source>The underscore in &quot;_domainkey&quot; is required; if your provider does not accept it, please ask its support.</source>
        <translation>&quot;_domainkey&quot;의 밑줄은 꼭 필요합니다. 제공업체가 받아들이지 않으면 지원 부서에 문의해 주세요.</translation>
    </message>
    <message>
        <source>Enter the MX priority in the provider&apos;s priority field if it has one.</source>
        <translation>제공업체에 우선순위 필드가 있으면 MX 우선순위를 그곳에 입력하세요.</translation>
    </message>
    <message>
        <source>%1 must have exactly one MX record, and no CNAME record.</source>
        <translation>%1에는 MX 레코드가 정확히 하나 있어야 하며 CNAME 레코드는 없어야 합니다.</translation>
    </message>
    <message>
        <source>Each TXT value is one text. If your provider adds the quotation marks itself, enter the value without the outer quotation marks.</source>
        <translation>TXT 값은 각각 하나의 텍스트입니다. 제공업체가 따옴표를 자동으로 붙인다면 바깥쪽 따옴표 없이 입력하세요.</translation>
    </message>
    <message>
        <source>A TXT value longer than 255 characters is stored as several strings of one record (&quot;...&quot; &quot;...&quot;); keep it in one record, never several.</source>
        <translation>255자보다 긴 TXT 값은 한 레코드 안의 여러 문자열(&quot;...&quot; &quot;...&quot;)로 저장됩니다. 여러 레코드가 아니라 반드시 한 레코드에 두세요.</translation>
    </message>
    <message>
        <source>Records marked optional are needed only if mail for %1 is to be received by Amazon SES; an MX record there sends all of the domain&apos;s mail to SES.</source>
        <translation>선택 표시된 레코드는 %1의 메일을 Amazon SES로 받을 때만 필요합니다. 그곳의 MX 레코드는 도메인의 모든 메일을 SES로 보냅니다.</translation>
    </message>
    <message>
        <source>The same records as zone-file lines:</source>
        <translation>같은 레코드를 영역 파일 형식으로:</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>감사합니다!</translation>
    </message>
    <message>
        <source>Please add these DNS records to the zone of %1 (Amazon SES, %2). The names are complete: do not let your provider append the domain again.</source>
        <translation>%1 영역에 이 DNS 레코드를 추가해 주세요(Amazon SES, %2). 이름은 완전한 이름이므로 제공업체가 도메인을 다시 붙이지 않도록 해 주세요.</translation>
    </message>
    <message>
        <source>Please add the DNS records for %1 that Amazon SES needs. The list was too long for a mail link: paste it here from the clipboard.</source>
        <translation>Amazon SES에 필요한 %1의 DNS 레코드를 추가해 주세요. 목록이 메일 링크에 넣기에는 너무 길어서 클립보드에서 여기에 붙여 넣어 주세요.</translation>
    </message>
</context>
<context>
    <name>Ses::DnsCheckResult</name>
    <message>
        <source>Not checked</source>
        <translation>확인 안 함</translation>
    </message>
    <message>
        <source>Published and correct</source>
        <translation>게시됨, 올바름</translation>
    </message>
    <message>
        <source>Published (value not compared)</source>
        <translation>게시됨(값 비교 안 함)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Published with a different value</source>
        <translation>다른 값으로 게시됨</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>조회 실패</translation>
    </message>
    <message>
        <source>Lookup failed: %1</source>
        <translation>조회 실패: %1</translation>
    </message>
</context>
<context>
    <name>Ses::DnsChecker</name>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>시스템 리졸버</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>%1에서 응답이 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ses::DnsRecord</name>
    <message>
        <source>DKIM (Easy DKIM)</source>
        <translation>DKIM(Easy DKIM)</translation>
    </message>
    <message>
        <source>DKIM (BYODKIM)</source>
        <translation>DKIM(BYODKIM)</translation>
    </message>
    <message>
        <source>Custom MAIL FROM (MX)</source>
        <translation>사용자 지정 MAIL FROM(MX)</translation>
    </message>
    <message>
        <source>Custom MAIL FROM (SPF)</source>
        <translation>사용자 지정 MAIL FROM(SPF)</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>Receiving (MX)</source>
        <translation>수신(MX)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>권장</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택</translation>
    </message>
    <message>
        <source>Not started</source>
        <extracomment>SES verification status NOT_STARTED</extracomment>
        <translation>시작 안 함</translation>
    </message>
    <message>
        <source>Pending</source>
        <extracomment>SES verification status PENDING</extracomment>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Verified</source>
        <extracomment>SES verification status SUCCESS</extracomment>
        <translation>확인됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>SES verification status FAILED</extracomment>
        <translation>실패</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <extracomment>SES verification status TEMPORARY_FAILURE</extracomment>
        <translation>일시적 실패</translation>
    </message>
</context>
<context>
    <name>Ses::DnsRecordSet</name>
    <message>
        <source>&quot;%1&quot; is not an AWS region code.</source>
        <translation>&quot;%1&quot;은(는) AWS 리전 코드가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation>&quot;%1&quot;은(는) 올바른 도메인 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>The DKIM selector &quot;%1&quot; is not a valid DNS label.</source>
        <translation>DKIM 선택기 &quot;%1&quot;은(는) 올바른 DNS 레이블이 아닙니다.</translation>
    </message>
    <message>
        <source>The DKIM public key is not base64 text.</source>
        <translation>DKIM 공개 키가 base64 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>SES does not return the public key of a BYODKIM key pair: supply it, or the private key it belongs to.</source>
        <translation>SES는 BYODKIM 키 쌍의 공개 키를 돌려주지 않습니다. 공개 키나 그에 해당하는 개인 키를 입력하세요.</translation>
    </message>
    <message>
        <source>SES did not return the DKIM hosted zone; the region&apos;s DKIM domain %1 is assumed.</source>
        <translation>SES가 DKIM 호스팅 영역을 돌려주지 않아 리전의 DKIM 도메인 %1(으)로 가정합니다.</translation>
    </message>
    <message>
        <source>SES did not return the DKIM hosted zone and the region %1 is not in SesDesk&apos;s table.</source>
        <translation>SES가 DKIM 호스팅 영역을 돌려주지 않았고, 리전 %1은(는) SesDesk 표에 없습니다.</translation>
    </message>
    <message>
        <source>The DKIM token &quot;%1&quot; is not a valid DNS label.</source>
        <translation>DKIM 토큰 &quot;%1&quot;은(는) 올바른 DNS 레이블이 아닙니다.</translation>
    </message>
    <message>
        <source>The MAIL FROM domain &quot;%1&quot; is not a valid domain name.</source>
        <translation>MAIL FROM 도메인 &quot;%1&quot;은(는) 올바른 도메인 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address DMARC reports can be sent to.</source>
        <translation>&quot;%1&quot;은(는) DMARC 보고서를 보낼 수 있는 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Only if this domain&apos;s mail is to be received by SES: an MX record routes all of the domain&apos;s mail.</source>
        <translation>이 도메인의 메일을 SES로 받을 때만 필요합니다. MX 레코드는 도메인의 모든 메일을 라우팅합니다.</translation>
    </message>
    <message>
        <source>The record name %1 is longer than DNS allows (253 characters).</source>
        <translation>레코드 이름 %1이(가) DNS 허용 길이(253자)보다 깁니다.</translation>
    </message>
</context>
<context>
    <name>Ses::MailboxSimulator</name>
    <message>
        <source>A label may contain letters, digits and !#$%&amp;&apos;*+-/=?^_`{|}~, and dots between them; &quot;%1&quot; does not fit.</source>
        <translation>레이블에는 문자, 숫자, !#$%&amp;&apos;*+-/=?^_`{|}~와 그 사이의 점만 쓸 수 있습니다. &quot;%1&quot;은(는) 맞지 않습니다.</translation>
    </message>
    <message>
        <source>The label is too long: the part before &quot;@&quot; may have at most %1 characters.</source>
        <translation>레이블이 너무 깁니다. &quot;@&quot; 앞부분은 최대 %1자입니다.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>반송 메일</translation>
    </message>
    <message>
        <source>Out of office (auto-reply)</source>
        <translation>부재중(자동 응답)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>수신 거부</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>금지 목록</translation>
    </message>
    <message>
        <source>The simulator accepts the message and delivers it. If you set up notifications (Amazon SNS or an event destination), you receive a delivery notification.</source>
        <translation>시뮬레이터가 메시지를 수락하고 배달합니다. 알림(Amazon SNS 또는 이벤트 대상)을 설정했다면 배달 알림을 받습니다.</translation>
    </message>
    <message>
        <source>The simulator rejects the message with SMTP status 550 5.1.1 (&quot;Unknown User&quot;), a hard bounce. SES sends you a bounce notification (RFC 3464) by email or Amazon SNS, as you set up. The address is not added to your suppression list.</source>
        <translation>시뮬레이터가 SMTP 상태 550 5.1.1(&quot;Unknown User&quot;)로 메시지를 거부합니다(하드 바운스). SES는 설정에 따라 이메일이나 Amazon SNS로 반송 알림(RFC 3464)을 보냅니다. 이 주소는 금지 목록에 추가되지 않습니다.</translation>
    </message>
    <message>
        <source>The simulator accepts the message and answers with an out-of-the-office auto-reply (RFC 3834), sent to the Return-Path address, or to the MAIL FROM address when there is none.</source>
        <translation>시뮬레이터가 메시지를 수락하고 부재중 자동 응답(RFC 3834)으로 답합니다. 자동 응답은 Return-Path 주소로, Return-Path가 없으면 MAIL FROM 주소로 보내집니다.</translation>
    </message>
    <message>
        <source>The simulator accepts the message and the recipient then marks it as spam. SES sends you a complaint notification (RFC 5965) by email or Amazon SNS, as you set up.</source>
        <translation>시뮬레이터가 메시지를 수락한 뒤 수신자가 이를 스팸으로 표시합니다. SES는 설정에 따라 이메일이나 Amazon SNS로 수신 거부 알림(RFC 5965)을 보냅니다.</translation>
    </message>
    <message>
        <source>SES treats the address as if it were on the suppression list and generates a hard bounce, as it does for an address on the list.</source>
        <translation>SES는 이 주소를 금지 목록에 있는 것처럼 처리하여, 목록에 있는 주소와 마찬가지로 하드 바운스를 발생시킵니다.</translation>
    </message>
    <message>
        <source>Mail to the mailbox simulator does not count against your daily sending quota, and its bounces and complaints do not count towards your reputation (bounce and complaint rates) or Virtual Deliverability Manager metrics. It is still limited by your maximum send rate, billed like other email, and allowed while the account is in the sandbox.</source>
        <translation>메일박스 시뮬레이터로 보낸 메일은 일일 전송 할당량에 포함되지 않으며, 그 반송 메일과 수신 거부는 평판(반송률 및 수신 거부율)이나 Virtual Deliverability Manager 지표에 반영되지 않습니다. 그래도 최대 전송 속도의 제한을 받고, 다른 이메일과 똑같이 요금이 부과되며, 계정이 샌드박스에 있는 동안에도 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>An optional label after &quot;+&quot; (bounce+label1@simulator.amazonses.com) tells test messages apart, for example to test VERP; the simulator treats the address like the one without it.</source>
        <translation>&quot;+&quot; 뒤의 선택적 레이블(bounce+label1@simulator.amazonses.com)로 테스트 메시지를 구분할 수 있습니다(예: VERP 테스트). 시뮬레이터는 이 주소를 레이블이 없는 주소와 똑같이 처리합니다.</translation>
    </message>
    <message>
        <source>While the account is in the SES sandbox, a custom recipient must be a verified email address or belong to a verified domain; only the mailbox simulator is exempt. Mail to a real address counts against the quota and the reputation.</source>
        <translation>계정이 SES 샌드박스에 있는 동안 사용자 지정 수신자는 확인된 이메일 주소이거나 확인된 도메인에 속해야 합니다. 메일박스 시뮬레이터만 예외입니다. 실제 주소로 보낸 메일은 할당량과 평판에 반영됩니다.</translation>
    </message>
</context>
<context>
    <name>Ses::MessageOutcome</name>
    <message>
        <source>Not checked</source>
        <translation>확인 안 함</translation>
    </message>
    <message>
        <source>Accepted, no outcome yet</source>
        <translation>수락됨, 아직 결과 없음</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>배달됨</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <source>Bounced (suppression list)</source>
        <translation>반송됨(금지 목록)</translation>
    </message>
    <message>
        <source>Delivered, then a complaint</source>
        <translation>배달된 뒤 수신 거부됨</translation>
    </message>
    <message>
        <source>Delivered, then an auto-reply</source>
        <translation>배달된 뒤 자동 응답 받음</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Not in the Sandbox&apos;s captured mail</source>
        <translation>샌드박스가 캡처한 메일에 없음</translation>
    </message>
    <message>
        <source>Accepted by SES; outcomes arrive through event destinations</source>
        <translation>SES가 수락함. 결과는 이벤트 대상을 통해 전달됨</translation>
    </message>
    <message>
        <source>SMTP %1</source>
        <translation>SMTP %1</translation>
    </message>
</context>
<context>
    <name>Ses::MimeParser</name>
    <message>
        <source>A header line has no name: &quot;%1&quot;.</source>
        <translation>헤더 줄에 이름이 없습니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The message has no headers.</source>
        <translation>메시지에 헤더가 없습니다.</translation>
    </message>
    <message>
        <source>A multipart part has no boundary.</source>
        <translation>multipart 파트에 경계(boundary)가 없습니다.</translation>
    </message>
    <message>
        <source>The multipart boundary &quot;%1&quot; never appears.</source>
        <translation>multipart 경계 &quot;%1&quot;이(가) 나오지 않습니다.</translation>
    </message>
    <message>
        <source>The multipart part ends without its closing boundary &quot;--%1--&quot;.</source>
        <translation>multipart 파트가 닫는 경계 &quot;--%1--&quot; 없이 끝납니다.</translation>
    </message>
</context>
<context>
    <name>Ses::PlainTextRecordExporter</name>
    <message>
        <source>Purpose</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>Ses::PutAccountDetailsRequest</name>
    <message>
        <source>Mail type: choose Marketing or Transactional.</source>
        <translation>메일 유형: 마케팅 또는 트랜잭션을 선택하세요.</translation>
    </message>
    <message>
        <source>Website URL: enter the URL of your website.</source>
        <translation>웹 사이트 URL: 웹 사이트 URL을 입력하세요.</translation>
    </message>
    <message>
        <source>Website URL: at most %1 characters (this one has %2).</source>
        <translation>웹 사이트 URL: 최대 %1자입니다(입력한 값은 %2자).</translation>
    </message>
    <message>
        <source>Website URL: enter a full address such as https://www.example.com.</source>
        <translation>웹 사이트 URL: https://www.example.com 같은 전체 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Use case description: describe how you build your lists, handle bounces and complaints, and let recipients opt out.</source>
        <translation>사용 사례 설명: 목록을 만드는 방법, 반송 메일과 수신 거부를 처리하는 방법, 수신자가 구독을 취소하는 방법을 설명하세요.</translation>
    </message>
    <message>
        <source>Use case description: at most %1 characters (this one has %2).</source>
        <translation>사용 사례 설명: 최대 %1자입니다(입력한 값은 %2자).</translation>
    </message>
    <message>
        <source>Additional contacts: at most %1 addresses (%2 given).</source>
        <translation>추가 연락처: 최대 %1개 주소입니다(%2개 입력).</translation>
    </message>
    <message>
        <source>Additional contacts: “%1” must be %2 to %3 characters long.</source>
        <translation>추가 연락처: “%1”은(는) %2~%3자여야 합니다.</translation>
    </message>
    <message>
        <source>Additional contacts: “%1” is not an email address (name@example.com).</source>
        <translation>추가 연락처: “%1”은(는) 이메일 주소(name@example.com)가 아닙니다.</translation>
    </message>
    <message>
        <source>Contact language: choose English or Japanese.</source>
        <translation>연락 언어: 영어 또는 일본어를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Ses::RegionTable</name>
    <message>
        <source>US East (Ohio)</source>
        <translation>미국 동부(오하이오)</translation>
    </message>
    <message>
        <source>US East (N. Virginia)</source>
        <translation>미국 동부(버지니아 북부)</translation>
    </message>
    <message>
        <source>US West (N. California)</source>
        <translation>미국 서부(캘리포니아 북부)</translation>
    </message>
    <message>
        <source>US West (Oregon)</source>
        <translation>미국 서부(오레곤)</translation>
    </message>
    <message>
        <source>Africa (Cape Town)</source>
        <translation>아프리카(케이프타운)</translation>
    </message>
    <message>
        <source>Asia Pacific (Jakarta)</source>
        <translation>아시아 태평양(자카르타)</translation>
    </message>
    <message>
        <source>Asia Pacific (Mumbai)</source>
        <translation>아시아 태평양(뭄바이)</translation>
    </message>
    <message>
        <source>Asia Pacific (Osaka)</source>
        <translation>아시아 태평양(오사카)</translation>
    </message>
    <message>
        <source>Asia Pacific (Seoul)</source>
        <translation>아시아 태평양(서울)</translation>
    </message>
    <message>
        <source>Asia Pacific (Singapore)</source>
        <translation>아시아 태평양(싱가포르)</translation>
    </message>
    <message>
        <source>Asia Pacific (Sydney)</source>
        <translation>아시아 태평양(시드니)</translation>
    </message>
    <message>
        <source>Asia Pacific (Tokyo)</source>
        <translation>아시아 태평양(도쿄)</translation>
    </message>
    <message>
        <source>Canada (Central)</source>
        <translation>캐나다(중부)</translation>
    </message>
    <message>
        <source>Europe (Frankfurt)</source>
        <translation>유럽(프랑크푸르트)</translation>
    </message>
    <message>
        <source>Europe (Ireland)</source>
        <translation>유럽(아일랜드)</translation>
    </message>
    <message>
        <source>Europe (London)</source>
        <translation>유럽(런던)</translation>
    </message>
    <message>
        <source>Europe (Milan)</source>
        <translation>유럽(밀라노)</translation>
    </message>
    <message>
        <source>Europe (Paris)</source>
        <translation>유럽(파리)</translation>
    </message>
    <message>
        <source>Europe (Stockholm)</source>
        <translation>유럽(스톡홀름)</translation>
    </message>
    <message>
        <source>Israel (Tel Aviv)</source>
        <translation>이스라엘(텔아비브)</translation>
    </message>
    <message>
        <source>Middle East (Bahrain)</source>
        <translation>중동(바레인)</translation>
    </message>
    <message>
        <source>South America (São Paulo)</source>
        <translation>남아메리카(상파울루)</translation>
    </message>
    <message>
        <source>AWS GovCloud (US)</source>
        <translation>AWS GovCloud(미국)</translation>
    </message>
</context>
<context>
    <name>Ses::ReputationAlarmPlan</name>
    <message>
        <source>The account&apos;s %1 in %2 reached %3%, the level at which Amazon SES reviews the account. Created by SesDesk.</source>
        <translation>%2에서 계정의 %1이(가) Amazon SES가 계정을 검토하는 수준인 %3%에 도달했습니다. SesDesk에서 생성함.</translation>
    </message>
    <message>
        <source>The %1 of configuration set %2 in %3 reached %4%, the level at which Amazon SES reviews the account. Created by SesDesk.</source>
        <translation>%3에서 구성 세트 %2의 %1이(가) Amazon SES가 계정을 검토하는 수준인 %4%에 도달했습니다. SesDesk에서 생성함.</translation>
    </message>
    <message>
        <source>account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>configuration set %1</source>
        <translation>구성 세트 %1</translation>
    </message>
    <message>
        <source>no notification</source>
        <translation>알림 없음</translation>
    </message>
    <message>
        <source>notifies %1</source>
        <translation>%1에 알림</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4), %5 over %6 s &gt;= %7%, missing data ignored, %8</source>
        <translation>%1: %2(%3, %4), %6초 동안의 %5 &gt;= %7%, 누락된 데이터 무시, %8</translation>
    </message>
</context>
<context>
    <name>Ses::ReputationMetric</name>
    <message>
        <source>Bounce rate</source>
        <translation>반송률</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>수신 거부율</translation>
    </message>
</context>
<context>
    <name>Ses::ReputationStatusText</name>
    <message>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Under review risk</source>
        <translation>검토 위험</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>위험</translation>
    </message>
</context>
<context>
    <name>Ses::Route53ChangeBatchExporter</name>
    <message>
        <source>There is no record with a known value to export.</source>
        <translation>내보낼 값이 알려진 레코드가 없습니다.</translation>
    </message>
    <message>
        <source>Amazon SES records for %1 (%2), from SesDesk</source>
        <translation>SesDesk에서 만든 %1(%2)의 Amazon SES 레코드</translation>
    </message>
</context>
<context>
    <name>Ses::StatisticsDatabase</name>
    <message>
        <source>Statistics history %1 (%2): %3</source>
        <translation>통계 기록(%2): %1: %3</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>만들 수 없음</translation>
    </message>
    <message>
        <source>the folder %1 cannot be made</source>
        <translation>폴더 %1을(를) 만들 수 없음</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>열 수 없음</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>was written by a newer SesDesk</source>
        <translation>더 새로운 버전의 SesDesk가 기록함</translation>
    </message>
    <message>
        <source>schema version %1, this version reads up to %2</source>
        <translation>스키마 버전 %1, 이 버전은 %2까지 읽을 수 있음</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot be set up</source>
        <translation>설정할 수 없음</translation>
    </message>
    <message>
        <source>is not open</source>
        <translation>열려 있지 않음</translation>
    </message>
    <message>
        <source>open() was not called or failed</source>
        <translation>open()이 호출되지 않았거나 실패함</translation>
    </message>
    <message>
        <source>no account scope</source>
        <translation>계정 범위 없음</translation>
    </message>
</context>
<context>
    <name>Ses::SuppressionImportParser</name>
    <message>
        <source>the email address is missing</source>
        <translation>이메일 주소가 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (no @)</source>
        <translation>&quot;%1&quot;은(는) 이메일 주소가 아닙니다(@ 없음)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one @</source>
        <translation>&quot;%1&quot;에 @가 두 개 이상 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing before the @</source>
        <translation>&quot;%1&quot;의 @ 앞에 아무것도 없습니다</translation>
    </message>
    <message>
        <source>the part before the @ of &quot;%1&quot; is longer than 64 characters</source>
        <translation>&quot;%1&quot;의 @ 앞부분이 64자보다 깁니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains a space</source>
        <translation>&quot;%1&quot;에 공백이 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a character SES does not accept before the @: %2</source>
        <translation>&quot;%1&quot;의 @ 앞에 SES가 허용하지 않는 문자가 있습니다: %2</translation>
    </message>
    <message>
        <source>the part before the @ of &quot;%1&quot; starts or ends with a dot or has two in a row</source>
        <translation>&quot;%1&quot;의 @ 앞부분이 점으로 시작하거나 끝나거나 점이 두 개 연속으로 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>&quot;%1&quot;은(는) 이메일 주소가 아닙니다</translation>
    </message>
    <message>
        <source>unknown reason &quot;%1&quot;: use BOUNCE or COMPLAINT</source>
        <translation>알 수 없는 사유 &quot;%1&quot;: BOUNCE 또는 COMPLAINT를 사용하세요</translation>
    </message>
</context>
<context>
    <name>Ses::TemplateChecks</name>
    <message>
        <source>Enter a name for the template.</source>
        <translation>템플릿 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>SES documents template names as up to 64 letters, digits, hyphens (-) and underscores (_); SES may reject this name.</source>
        <translation>SES 문서에 따르면 템플릿 이름은 문자, 숫자, 하이픈(-), 밑줄(_)로 최대 64자입니다. SES가 이 이름을 거부할 수 있습니다.</translation>
    </message>
    <message>
        <source>The subject must be specified.</source>
        <translation>제목을 지정해야 합니다.</translation>
    </message>
    <message>
        <source>A template needs an HTML part, a text part, or both.</source>
        <translation>템플릿에는 HTML 파트나 텍스트 파트, 또는 둘 다 있어야 합니다.</translation>
    </message>
    <message>
        <source>There is no text part: recipients whose mail program does not show HTML will see an empty message.</source>
        <translation>텍스트 파트가 없습니다. HTML을 표시하지 않는 메일 프로그램에서는 빈 메시지로 보입니다.</translation>
    </message>
    <message>
        <source>There is no HTML part: the message is plain text.</source>
        <translation>HTML 파트가 없습니다. 메시지가 일반 텍스트입니다.</translation>
    </message>
    <message>
        <source>The template is %1 bytes; SES accepts at most 500 KB (%2 bytes) for the subject, HTML and text parts together.</source>
        <translation>템플릿이 %1바이트입니다. SES는 제목, HTML, 텍스트 파트를 합쳐 최대 500KB(%2바이트)까지 받습니다.</translation>
    </message>
    <message>
        <source>{{ses:openTracker}} may appear only once in a template; SES rejects more with 400 BadRequestException.</source>
        <translation>{{ses:openTracker}}는 템플릿에 한 번만 쓸 수 있습니다. 더 있으면 SES가 400 BadRequestException으로 거부합니다.</translation>
    </message>
    <message>
        <source>{{ses:openTracker}} marks where the open-tracking image goes, which only works in the HTML part.</source>
        <translation>{{ses:openTracker}}는 열람 추적 이미지가 들어갈 위치로, HTML 파트에서만 동작합니다.</translation>
    </message>
    <message>
        <source>SES replaces {{amazonSESUnsubscribeUrl}} only in the HTML and text parts, not in the subject.</source>
        <translation>SES는 {{amazonSESUnsubscribeUrl}}을 제목이 아닌 HTML과 텍스트 파트에서만 바꿉니다.</translation>
    </message>
    <message>
        <source>SES replaces only the first two {{amazonSESUnsubscribeUrl}} in the %1; this one will stay as it is.</source>
        <translation>SES는 %1에서 처음 두 개의 {{amazonSESUnsubscribeUrl}}만 바꿉니다. 이것은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Template content sent with the email supports only simple substitutions such as {{name}}; save it as a template to use blocks and partials.</source>
        <translation>이메일과 함께 보내는 템플릿 내용은 {{name}} 같은 단순 치환만 지원합니다. 블록과 파셜을 쓰려면 템플릿으로 저장하세요.</translation>
    </message>
</context>
<context>
    <name>Ses::TemplateData</name>
    <message>
        <source>Enter the template data as a JSON object, for example {&quot;name&quot;: &quot;Alejandro&quot;}.</source>
        <translation>템플릿 데이터를 {&quot;name&quot;: &quot;Alejandro&quot;} 같은 JSON 객체로 입력하세요.</translation>
    </message>
    <message>
        <source>Template data may be at most %1 characters; this is %2.</source>
        <translation>템플릿 데이터는 최대 %1자입니다. 입력한 데이터는 %2자입니다.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1 (line %2, column %3).</source>
        <translation>올바른 JSON이 아닙니다: %1 (%2번째 줄, %3번째 열).</translation>
    </message>
    <message>
        <source>Template data must be a JSON object ({ ... }), with one member per variable.</source>
        <translation>템플릿 데이터는 변수마다 멤버가 하나씩 있는 JSON 객체({ ... })여야 합니다.</translation>
    </message>
</context>
<context>
    <name>Ses::TemplateDiff</name>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>HTML part</source>
        <translation>HTML 파트</translation>
    </message>
    <message>
        <source>Text part</source>
        <translation>텍스트 파트</translation>
    </message>
</context>
<context>
    <name>Ses::TemplateDraftStore</name>
    <message>
        <source>A draft needs an account, a region and a key.</source>
        <translation>초안에는 계정, 리전, 키가 필요합니다.</translation>
    </message>
    <message>
        <source>Cannot delete the draft.</source>
        <translation>초안을 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ses::TemplateJsonFile</name>
    <message>
        <source>Unknown member &quot;%1&quot;; it must be one of: %2.</source>
        <translation>알 수 없는 멤버 &quot;%1&quot;. 다음 중 하나여야 합니다: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not %2.</source>
        <translation>&quot;%1&quot;은(는) 문자열이어야 합니다(현재: %2).</translation>
    </message>
    <message>
        <source>The file is empty; expected a JSON object with TemplateName and TemplateContent.</source>
        <translation>파일이 비어 있습니다. TemplateName과 TemplateContent가 있는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다.</translation>
    </message>
    <message>
        <source>Invalid JSON: %1.</source>
        <translation>잘못된 JSON: %1.</translation>
    </message>
    <message>
        <source>Expected a JSON object with TemplateName and TemplateContent, not an array.</source>
        <translation>TemplateName과 TemplateContent가 있는 JSON 객체여야 하며, 배열이면 안 됩니다.</translation>
    </message>
    <message>
        <source>Expected a JSON object with TemplateName and TemplateContent.</source>
        <translation>TemplateName과 TemplateContent가 있는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>The required member &quot;TemplateName&quot; is missing.</source>
        <translation>필수 멤버 &quot;TemplateName&quot;이 없습니다.</translation>
    </message>
    <message>
        <source>&quot;TemplateName&quot; must not be empty.</source>
        <translation>&quot;TemplateName&quot;은 비어 있으면 안 됩니다.</translation>
    </message>
    <message>
        <source>The required member &quot;TemplateContent&quot; is missing.</source>
        <translation>필수 멤버 &quot;TemplateContent&quot;가 없습니다.</translation>
    </message>
    <message>
        <source>&quot;TemplateContent&quot; must be an object with Subject, Text and Html, not %1.</source>
        <translation>&quot;TemplateContent&quot;는 Subject, Text, Html이 있는 객체여야 합니다(현재: %1).</translation>
    </message>
    <message>
        <source>&quot;Tags&quot; must be an array of {&quot;Key&quot;: ..., &quot;Value&quot;: ...} objects, not %1.</source>
        <translation>&quot;Tags&quot;는 {&quot;Key&quot;: ..., &quot;Value&quot;: ...} 객체의 배열이어야 합니다(현재: %1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with Key and Value, not %2.</source>
        <translation>&quot;%1&quot;은(는) Key와 Value가 있는 객체여야 합니다(현재: %2).</translation>
    </message>
    <message>
        <source>The required member &quot;%1&quot; is missing.</source>
        <translation>필수 멤버 &quot;%1&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1.Key&quot; must not be empty.</source>
        <translation>&quot;%1.Key&quot;는 비어 있으면 안 됩니다.</translation>
    </message>
</context>
<context>
    <name>Ses::TemplateLexer</name>
    <message>
        <source>Raw blocks (&quot;{{{{raw}}}}&quot;) are not supported in SES templates.</source>
        <translation>SES 템플릿은 원시 블록(&quot;{{{{raw}}}}&quot;)을 지원하지 않습니다.</translation>
    </message>
    <message>
        <source>This comment is never closed with &quot;--}}&quot;.</source>
        <translation>이 주석이 &quot;--}}&quot;로 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>This comment is never closed with &quot;}}&quot;.</source>
        <translation>이 주석이 &quot;}}&quot;로 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>This &quot;%1&quot; is never closed with &quot;%2&quot;.</source>
        <translation>이 &quot;%1&quot;이(가) &quot;%2&quot;(으)로 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>This &quot;%1&quot; is not closed before the next &quot;{{&quot; at line %2, column %3.</source>
        <translation>이 &quot;%1&quot;이(가) %2번째 줄 %3번째 열의 다음 &quot;{{&quot; 전에 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>This string is never closed.</source>
        <translation>이 문자열이 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>This &quot;[&quot; is never closed with &quot;]&quot;.</source>
        <translation>이 &quot;[&quot;이(가) &quot;]&quot;로 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>A single &quot;}&quot;: close the tag with &quot;}}&quot;.</source>
        <translation>&quot;}&quot;가 하나뿐입니다. 태그는 &quot;}}&quot;로 닫으세요.</translation>
    </message>
    <message>
        <source>Unexpected character &quot;%1&quot; inside &quot;%2...&quot;.</source>
        <translation>&quot;%2...&quot; 안에 예상하지 못한 문자 &quot;%1&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <source>Unexpected character &quot;%1&quot; after &quot;%2&quot;.</source>
        <translation>&quot;%2&quot; 뒤에 예상하지 못한 문자 &quot;%1&quot;이(가) 있습니다.</translation>
    </message>
</context>
<context>
    <name>Ses::TemplateParser</name>
    <message>
        <source>&quot;%1&quot; closes a block that was never opened.</source>
        <translation>&quot;%1&quot;이(가) 열린 적 없는 블록을 닫습니다.</translation>
    </message>
    <message>
        <source>&quot;{{else}}&quot; can only appear inside a block such as {{#if}}...{{/if}}.</source>
        <translation>&quot;{{else}}&quot;는 {{#if}}...{{/if}} 같은 블록 안에서만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>the end of the template</source>
        <translation>템플릿 끝</translation>
    </message>
    <message>
        <source>This &quot;%1&quot; is never closed.</source>
        <translation>이 &quot;%1&quot;이(가) 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; in the tag that starts at line %2, column %3.</source>
        <translation>%2번째 줄 %3번째 열에서 시작하는 태그에 예상하지 못한 &quot;%1&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <source>Decorators (&quot;{{*name}}&quot;) are not supported in SES templates; only the &quot;{{#*inline}}&quot; block is.</source>
        <translation>SES 템플릿은 데코레이터(&quot;{{*name}}&quot;)를 지원하지 않습니다. &quot;{{#*inline}}&quot; 블록만 지원합니다.</translation>
    </message>
    <message>
        <source>Partial blocks (&quot;{{#&gt; name}}&quot;) are not supported in SES templates; define an inline partial with {{#*inline &quot;name&quot;}} and use {{&gt; name}}.</source>
        <translation>SES 템플릿은 파셜 블록(&quot;{{#&gt; name}}&quot;)을 지원하지 않습니다. {{#*inline &quot;name&quot;}}으로 인라인 파셜을 정의하고 {{&gt; name}}으로 쓰세요.</translation>
    </message>
    <message>
        <source>A tag opened with &quot;{{{&quot; must be closed with &quot;}}}&quot;.</source>
        <translation>&quot;{{{&quot;로 연 태그는 &quot;}}}&quot;로 닫아야 합니다.</translation>
    </message>
    <message>
        <source>&quot;}}}&quot; closes a tag opened with &quot;{{&quot;: write &quot;}}&quot;, or open it with &quot;{{{&quot;.</source>
        <translation>&quot;}}}&quot;가 &quot;{{&quot;로 연 태그를 닫습니다. &quot;}}&quot;로 쓰거나 &quot;{{{&quot;로 여세요.</translation>
    </message>
    <message>
        <source>Dynamic partial names (&quot;{{&gt; (expression)}}&quot;) are not supported; write the partial&apos;s name.</source>
        <translation>동적 파셜 이름(&quot;{{&gt; (expression)}}&quot;)은 지원하지 않습니다. 파셜 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>A partial takes at most one context argument, then key=value pairs.</source>
        <translation>파셜은 컨텍스트 인수를 최대 하나 받고, 그 뒤에 키=값 쌍을 받습니다.</translation>
    </message>
    <message>
        <source>An inline partial cannot have an &quot;{{else}}&quot;.</source>
        <translation>인라인 파셜에는 &quot;{{else}}&quot;를 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>This block already has an &quot;{{else}}&quot; at line %1, column %2; nothing may follow it but the closing tag.</source>
        <translation>이 블록에는 이미 %1번째 줄 %2번째 열에 &quot;{{else}}&quot;가 있습니다. 그 뒤에는 닫는 태그만 올 수 있습니다.</translation>
    </message>
    <message>
        <source>The block &quot;%1&quot; is never closed: add &quot;{{/%2}}&quot;.</source>
        <translation>블록 &quot;%1&quot;이(가) 닫히지 않았습니다. &quot;{{/%2}}&quot;를 추가하세요.</translation>
    </message>
    <message>
        <source>&quot;{{/%1}}&quot; does not match &quot;%2&quot; opened at line %3, column %4.</source>
        <translation>&quot;{{/%1}}&quot;이(가) %3번째 줄 %4번째 열에서 연 &quot;%2&quot;와(과) 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Block parameters are written &quot;as |item index|&quot;.</source>
        <translation>블록 매개변수는 &quot;as |item index|&quot;처럼 씁니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice.</source>
        <translation>&quot;%1&quot;이(가) 두 번 지정되었습니다.</translation>
    </message>
    <message>
        <source>Arguments must come before key=value pairs.</source>
        <translation>인수는 키=값 쌍보다 앞에 와야 합니다.</translation>
    </message>
    <message>
        <source>This tag is empty: write a name between the braces.</source>
        <translation>태그가 비어 있습니다. 중괄호 사이에 이름을 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;@&quot; must be followed by a name such as @index or @root.</source>
        <translation>&quot;@&quot; 뒤에는 @index나 @root 같은 이름이 와야 합니다.</translation>
    </message>
    <message>
        <source>This &quot;(&quot; is never closed with &quot;)&quot;.</source>
        <translation>이 &quot;(&quot;이(가) &quot;)&quot;로 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>Invalid path &quot;%1&quot;: &quot;this&quot;, &quot;.&quot; and &quot;..&quot; may only start a path.</source>
        <translation>잘못된 경로 &quot;%1&quot;: &quot;this&quot;, &quot;.&quot;, &quot;..&quot;는 경로의 처음에만 올 수 있습니다.</translation>
    </message>
    <message>
        <source>Expected a name after &quot;%1&quot; (use &quot;[0]&quot; for array positions: items.[0]).</source>
        <translation>&quot;%1&quot; 뒤에 이름이 와야 합니다(배열 위치는 items.[0]처럼 &quot;[0]&quot;을 쓰세요).</translation>
    </message>
</context>
<context>
    <name>Ses::TemplateRenderer</name>
    <message>
        <source>The partial &quot;%1&quot; could not be found.</source>
        <translation>파셜 &quot;%1&quot;을(를) 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The partial &quot;%1&quot; calls itself without end.</source>
        <translation>파셜 &quot;%1&quot;이(가) 끝없이 자기 자신을 호출합니다.</translation>
    </message>
</context>
<context>
    <name>Ses::TemplateSaver</name>
    <message>
        <source>Restored from version %1</source>
        <translation>버전 %1에서 복원함</translation>
    </message>
</context>
<context>
    <name>Ses::TemplateValidator</name>
    <message>
        <source>Unknown decorator &quot;%1&quot;: SES templates support only {{#*inline &quot;name&quot;}}...{{/inline}}.</source>
        <translation>알 수 없는 데코레이터 &quot;%1&quot;: SES 템플릿은 {{#*inline &quot;name&quot;}}...{{/inline}}만 지원합니다.</translation>
    </message>
    <message>
        <source>An inline partial needs exactly one name in quotes: {{#*inline &quot;name&quot;}}.</source>
        <translation>인라인 파셜에는 따옴표로 감싼 이름이 정확히 하나 있어야 합니다: {{#*inline &quot;name&quot;}}.</translation>
    </message>
    <message>
        <source>There is no inline partial named &quot;%1&quot; here. Define it in this part with {{#*inline &quot;%1&quot;}}...{{/inline}}: partials are not shared between the subject, HTML and text parts.</source>
        <translation>여기에는 &quot;%1&quot;(이)라는 인라인 파셜이 없습니다. 이 파트에서 {{#*inline &quot;%1&quot;}}...{{/inline}}으로 정의하세요. 파셜은 제목, HTML, 텍스트 파트끼리 공유되지 않습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a block helper: write {{%1 ...}} without &quot;#&quot;.</source>
        <translation>&quot;%1&quot;은(는) 블록 헬퍼가 아닙니다. &quot;#&quot; 없이 {{%1 ...}}로 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block helper and cannot be used in a subexpression.</source>
        <translation>&quot;%1&quot;은(는) 블록 헬퍼라서 하위 표현식에서 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a block helper: write {{#%1 ...}}...{{/%1}}.</source>
        <translation>&quot;%1&quot;은(는) 블록 헬퍼입니다. {{#%1 ...}}...{{/%1}}로 쓰세요.</translation>
    </message>
    <message>
        <source>Unknown helper &quot;%1&quot;. SES templates support the Handlebars built-in helpers: %2.</source>
        <translation>알 수 없는 헬퍼 &quot;%1&quot;. SES 템플릿은 Handlebars 기본 헬퍼를 지원합니다: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes exactly %n argument(s)</source>
        <translation>&quot;%1&quot;은(는) 인수를 정확히 %n개 받습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes at least %n argument(s)</source>
        <translation>&quot;%1&quot;은(는) 인수를 %n개 이상 받습니다</translation>
    </message>
    <message>
        <source>%1, not %2.</source>
        <translation>%1(%2개가 아님).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not take a &quot;%2=&quot; argument.</source>
        <translation>&quot;%1&quot;은(는) &quot;%2=&quot; 인수를 받지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Ses::TemplateVersionStore</name>
    <message>
        <source>The snapshot is damaged: %1</source>
        <translation>스냅샷이 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>A snapshot needs an account, a region and a template name.</source>
        <translation>스냅샷에는 계정, 리전, 템플릿 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>Cannot create the history folder.</source>
        <translation>기록 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The template&apos;s history is locked by another SesDesk process.</source>
        <translation>다른 SesDesk 프로세스가 템플릿 기록을 잠그고 있습니다.</translation>
    </message>
    <message>
        <source>Template %1 has no version %2.</source>
        <translation>템플릿 %1에 버전 %2이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Template %1 already has a history.</source>
        <translation>템플릿 %1에 이미 기록이 있습니다.</translation>
    </message>
    <message>
        <source>Cannot move the history of %1 to %2.</source>
        <translation>%1의 기록을 %2(으)로 옮길 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot delete the history of %1.</source>
        <translation>%1의 기록을 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ses::TestEmail</name>
    <message>
        <source>Choose the sender: a verified email address, or an address in a verified domain.</source>
        <translation>보낸 사람을 선택하세요: 확인된 이메일 주소 또는 확인된 도메인에 속한 주소.</translation>
    </message>
    <message>
        <source>The sender &quot;%1&quot; is not an email address.</source>
        <translation>보낸 사람 &quot;%1&quot;은(는) 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address, or choose a mailbox simulator scenario.</source>
        <translation>수신자 주소를 입력하거나 메일박스 시뮬레이터 시나리오를 선택하세요.</translation>
    </message>
    <message>
        <source>The recipient &quot;%1&quot; is not an email address.</source>
        <translation>수신자 &quot;%1&quot;은(는) 이메일 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Enter a subject.</source>
        <translation>제목을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the message text.</source>
        <translation>메시지 텍스트를 입력하세요.</translation>
    </message>
    <message>
        <source>Paste the raw MIME message, headers included.</source>
        <translation>헤더를 포함한 원시 MIME 메시지를 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>템플릿을 선택하세요.</translation>
    </message>
    <message>
        <source>The template data is not valid JSON: %1.</source>
        <translation>템플릿 데이터가 올바른 JSON이 아닙니다: %1.</translation>
    </message>
    <message>
        <source>The template data must be a JSON object.</source>
        <translation>템플릿 데이터는 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>Message tag &quot;%1=%2&quot;: names and values may only contain ASCII letters, digits, &quot;_&quot; and &quot;-&quot;, at most 255 characters.</source>
        <translation>메시지 태그 &quot;%1=%2&quot;: 이름과 값에는 ASCII 문자, 숫자, &quot;_&quot;, &quot;-&quot;만 최대 255자까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>SesDesk test email</source>
        <translation>SesDesk 테스트 이메일</translation>
    </message>
    <message>
        <source>This is a test email sent with SesDesk to check the sending setup.</source>
        <translation>전송 설정을 확인하기 위해 SesDesk로 보낸 테스트 이메일입니다.</translation>
    </message>
</context>
<context>
    <name>Ses::TestSendHistory</name>
    <message>
        <source>The test-send history is damaged: %1</source>
        <translation>테스트 전송 기록이 손상되었습니다: %1</translation>
    </message>
    <message>
        <source>The test-send history needs an account and a region.</source>
        <translation>테스트 전송 기록에는 계정과 리전이 필요합니다.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the test-send history.</source>
        <translation>테스트 전송 기록 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The test-send history is locked by another SesDesk process.</source>
        <translation>다른 SesDesk 프로세스가 테스트 전송 기록을 잠그고 있습니다.</translation>
    </message>
    <message>
        <source>Cannot delete the test-send history.</source>
        <translation>테스트 전송 기록을 삭제할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ses::TimeRange</name>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation>최근 3일</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>최근 14일</translation>
    </message>
    <message>
        <source>All history</source>
        <translation>전체 기록</translation>
    </message>
</context>
<context>
    <name>TemplateHistoryDialog</name>
    <message>
        <source>Template history</source>
        <translation>템플릿 기록</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Differences between the versions</source>
        <translation>버전 간 차이</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>이 버전 복원(&amp;R)</translation>
    </message>
    <message>
        <source>Save the selected version to SES again; it becomes the newest version.</source>
        <translation>선택한 버전을 SES에 다시 저장합니다. 이 버전이 최신 버전이 됩니다.</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>선택한 버전 복원</translation>
    </message>
</context>
<context>
    <name>TemplateNameDialog</name>
    <message>
        <source>Template name</source>
        <translation>템플릿 이름</translation>
    </message>
    <message>
        <source>New template name</source>
        <translation>새 템플릿 이름</translation>
    </message>
    <message>
        <source>Letters, digits, &quot;-&quot; and &quot;_&quot;, at most 64</source>
        <translation>문자, 숫자, &quot;-&quot;, &quot;_&quot;, 최대 64자</translation>
    </message>
</context>
<context>
    <name>Views::AccountNotices</name>
    <message>
        <source>This account is in the SES sandbox</source>
        <translation>이 계정은 SES 샌드박스에 있습니다</translation>
    </message>
    <message>
        <source>Request production access…</source>
        <translation>프로덕션 액세스 요청…</translation>
    </message>
    <message>
        <source>Request production access</source>
        <translation>프로덕션 액세스 요청</translation>
    </message>
    <message>
        <source>Sending is paused</source>
        <translation>전송이 일시 중지되었습니다</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>전송 재개</translation>
    </message>
    <message>
        <source>Production access request: %1</source>
        <translation>프로덕션 액세스 요청: %1</translation>
    </message>
    <message>
        <source>Enforcement status: %1</source>
        <translation>시행 상태: %1</translation>
    </message>
</context>
<context>
    <name>Views::AccountPane</name>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Loading the account failed</source>
        <translation>계정을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Account — production access</source>
        <translation>계정 — 프로덕션 액세스</translation>
    </message>
    <message>
        <source>Account — SES sandbox</source>
        <translation>계정 — SES 샌드박스</translation>
    </message>
    <message>
        <source>Local Sandbox, region %1. Nothing here reaches AWS.</source>
        <translation>로컬 샌드박스, 리전 %1. 여기서 한 일은 AWS에 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>Profile %1, region %2. SES accounts are separate in every region.</source>
        <translation>프로필 %1, 리전 %2. SES 계정은 리전마다 따로 있습니다.</translation>
    </message>
    <message>
        <source>Production access: %1</source>
        <translation>프로덕션 액세스: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no (SES sandbox)</source>
        <translation>아니요(SES 샌드박스)</translation>
    </message>
    <message>
        <source>Sending: %1</source>
        <translation>전송: %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Enforcement status: %1</source>
        <translation>시행 상태: %1</translation>
    </message>
    <message>
        <source>Sent in the last 24 hours: %1 of %2</source>
        <translation>최근 24시간 전송: %2 중 %1</translation>
    </message>
    <message>
        <source>Maximum send rate: %1 per second</source>
        <translation>최대 전송 속도: 초당 %1</translation>
    </message>
    <message>
        <source>Suppressed reasons: %1</source>
        <translation>금지 목록 추가 사유: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Virtual Deliverability Manager: %1</source>
        <translation>Virtual Deliverability Manager: %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Requesting production access failed</source>
        <translation>프로덕션 액세스를 요청하지 못했습니다</translation>
    </message>
    <message>
        <source>Saving the account settings failed</source>
        <translation>계정 설정을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Resuming sending failed</source>
        <translation>전송을 재개하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Views::AccountSettingsEditor</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Add recipients to the account-level suppression list automatically when a message to them results in:</source>
        <translation>다음 결과가 나온 수신자를 계정 수준 금지 목록에 자동으로 추가:</translation>
    </message>
    <message>
        <source>A hard bounce (BOUNCE)</source>
        <translation>하드 바운스(BOUNCE)</translation>
    </message>
    <message>
        <source>Suppress addresses that hard-bounce</source>
        <translation>하드 바운스가 발생한 주소를 금지 목록에 추가</translation>
    </message>
    <message>
        <source>A complaint (COMPLAINT)</source>
        <translation>수신 거부(COMPLAINT)</translation>
    </message>
    <message>
        <source>Suppress addresses that complain</source>
        <translation>수신 거부한 주소를 금지 목록에 추가</translation>
    </message>
    <message>
        <source>Virtual Deliverability Manager adds engagement tracking and deliverability advice (charged separately by AWS).</source>
        <translation>Virtual Deliverability Manager는 참여 추적과 전달률 조언을 제공합니다(AWS 별도 요금).</translation>
    </message>
    <message>
        <source>Virtual Deliverability Manager enabled</source>
        <translation>Virtual Deliverability Manager 사용</translation>
    </message>
    <message>
        <source>Sending enabled in this region</source>
        <translation>이 리전에서 전송 사용</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>설정 적용</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Revert settings</source>
        <translation>설정 되돌리기</translation>
    </message>
</context>
<context>
    <name>Views::AccountStatusView</name>
    <message>
        <source>Production access: you can send to any recipient.</source>
        <translation>프로덕션 액세스: 모든 수신자에게 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>SES sandbox: only verified recipients and the mailbox simulator.</source>
        <translation>SES 샌드박스: 확인된 수신자와 메일박스 시뮬레이터에만 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>필요 없음</translation>
    </message>
    <message>
        <source>Not requested yet</source>
        <translation>아직 요청하지 않음</translation>
    </message>
    <message>
        <source>%1 (support case %2)</source>
        <translation>%1 (지원 케이스 %2)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>계정 상태</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>계정:</translation>
    </message>
    <message>
        <source>Account access</source>
        <translation>계정 액세스</translation>
    </message>
    <message>
        <source>Sending:</source>
        <translation>전송:</translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation>전송 상태</translation>
    </message>
    <message>
        <source>Enforcement status:</source>
        <translation>시행 상태:</translation>
    </message>
    <message>
        <source>Enforcement status</source>
        <translation>시행 상태</translation>
    </message>
    <message>
        <source>Production access request:</source>
        <translation>프로덕션 액세스 요청:</translation>
    </message>
    <message>
        <source>Production access request status</source>
        <translation>프로덕션 액세스 요청 상태</translation>
    </message>
    <message>
        <source>Dedicated IP auto warm-up:</source>
        <translation>전용 IP 자동 워밍업:</translation>
    </message>
    <message>
        <source>Dedicated IP auto warm-up</source>
        <translation>전용 IP 자동 워밍업</translation>
    </message>
</context>
<context>
    <name>Views::AccountTexts</name>
    <message>
        <source>Healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Under review (probation)</source>
        <translation>검토 중(보호 관찰)</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>No reputation issues affect sending.</source>
        <translation>전송에 영향을 주는 평판 문제가 없습니다.</translation>
    </message>
    <message>
        <source>SES is reviewing this account because of bounces or complaints. Fix the cause before the review ends, or sending may be paused.</source>
        <translation>반송 메일이나 수신 거부 때문에 SES가 이 계정을 검토하고 있습니다. 검토가 끝나기 전에 원인을 해결하지 않으면 전송이 일시 중지될 수 있습니다.</translation>
    </message>
    <message>
        <source>SES has stopped this account from sending. Contact AWS Support.</source>
        <translation>SES가 이 계정의 전송을 중지했습니다. AWS Support에 문의하세요.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>AWS received the request for production access and is reviewing it. AWS Support usually answers within 24 hours; the details cannot be changed until the review ends.</source>
        <translation>AWS가 프로덕션 액세스 요청을 받아 검토하고 있습니다. AWS Support는 보통 24시간 안에 답변하며, 검토가 끝날 때까지 내용을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>An internal error occurred and AWS did not receive the request. Submit it again.</source>
        <translation>내부 오류로 AWS가 요청을 받지 못했습니다. 다시 제출하세요.</translation>
    </message>
    <message>
        <source>The request was reviewed and production access was granted.</source>
        <translation>요청이 검토되어 프로덕션 액세스가 승인되었습니다.</translation>
    </message>
    <message>
        <source>The request was reviewed and production access was denied. See the support case for the reasons; you can submit a new request with more detail.</source>
        <translation>요청이 검토되었지만 프로덕션 액세스가 거부되었습니다. 지원 케이스에서 이유를 확인하고, 더 자세한 내용으로 새 요청을 제출할 수 있습니다.</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>마케팅</translation>
    </message>
    <message>
        <source>Transactional</source>
        <translation>트랜잭션</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>In the SES sandbox you can send only to verified email addresses and domains and to the mailbox simulator, at most 200 messages in 24 hours and 1 message per second. Suppression-list management through the API is disabled. Request production access to lift these limits.</source>
        <translation>SES 샌드박스에서는 확인된 이메일 주소와 도메인, 메일박스 시뮬레이터로만 보낼 수 있으며 24시간에 최대 200건, 초당 1건까지 보낼 수 있습니다. API를 통한 금지 목록 관리도 할 수 없습니다. 이 제한을 풀려면 프로덕션 액세스를 요청하세요.</translation>
    </message>
    <message>
        <source>Email sending is paused for this account in this region: every send call is rejected. If you paused it yourself you can resume it; if AWS paused it (for example because of a high bounce or complaint rate), it cannot be resumed from here.</source>
        <translation>이 리전에서 이 계정의 이메일 전송이 일시 중지되어 모든 전송 호출이 거부됩니다. 직접 일시 중지했다면 재개할 수 있지만, AWS가 일시 중지했다면(예: 반송률이나 수신 거부율이 높아서) 여기서 재개할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Views::ActivityLogDock</name>
    <message>
        <source>Activity log</source>
        <translation>활동 로그</translation>
    </message>
    <message>
        <source>Every API call SesDesk made, with its result and request ID</source>
        <translation>SesDesk가 호출한 모든 API와 그 결과 및 요청 ID</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clear the activity log</source>
        <translation>활동 로그 지우기</translation>
    </message>
</context>
<context>
    <name>Views::AddSuppressedAddressDialog</name>
    <message>
        <source>Email address: %1.</source>
        <translation>이메일 주소: %1.</translation>
    </message>
    <message>
        <source>Add to suppression list</source>
        <translation>금지 목록에 추가</translation>
    </message>
    <message>
        <source>SES does not send to an address on the account-level suppression list of %1 when its reason is one the account suppresses; the mail is accepted and dropped. The address stays listed until it is removed.</source>
        <translation>%1의 계정 수준 금지 목록에 있는 주소는 그 사유가 계정에서 금지하는 사유이면 SES가 메일을 보내지 않습니다. 메일은 수락된 뒤 폐기됩니다. 주소는 제거할 때까지 목록에 남습니다.</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>이메일 주소(&amp;E):</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>이메일 주소</translation>
    </message>
    <message>
        <source>recipient@example.com</source>
        <translation>recipient@example.com</translation>
    </message>
    <message>
        <source>Problem with the email address</source>
        <translation>이메일 주소의 문제</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>사유(&amp;R):</translation>
    </message>
    <message>
        <source>Suppression reason</source>
        <translation>금지 사유</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Views::AddSuppressedDestinationCommand</name>
    <message>
        <source>Adding %1…</source>
        <translation>%1을(를) 추가하는 중…</translation>
    </message>
    <message>
        <source>Adding %1 to the suppression list…</source>
        <translation>%1을(를) 금지 목록에 추가하는 중…</translation>
    </message>
    <message>
        <source>SES refused to add %1: %2</source>
        <translation>SES가 %1 추가를 거부했습니다: %2</translation>
    </message>
    <message>
        <source>%1 added to the suppression list</source>
        <translation>%1을(를) 금지 목록에 추가했습니다</translation>
    </message>
</context>
<context>
    <name>Views::BusyOverlay</name>
    <message>
        <source>Loading</source>
        <translation>불러오는 중</translation>
    </message>
</context>
<context>
    <name>Views::ChangeDedicatedIpPoolCommand</name>
    <message>
        <source>Deleting the dedicated IP pool %1 failed</source>
        <translation>전용 IP 풀 %1을(를) 삭제하지 못했습니다</translation>
    </message>
    <message>
        <source>Converting %1 to a managed pool failed</source>
        <translation>%1을(를) 관리형 풀로 변환하지 못했습니다</translation>
    </message>
    <message>
        <source>Convert the standard pool %1 to a managed pool?

• Its standard dedicated IPs move into the managed pool.
• SES removes IPs the pool&apos;s volume does not need.
• Do not convert if other systems allow-list these IPs: they may be removed.
• Billing changes from a fee per IP to a fee per message.

Configuration sets and tags stay. A managed pool cannot become standard again.</source>
        <translation>표준 풀 %1을(를) 관리형 풀로 변환할까요?

• 풀의 표준 전용 IP가 관리형 풀로 이동합니다.
• SES가 풀의 전송 볼륨에 필요하지 않은 IP를 제거합니다.
• 다른 시스템에서 이 IP를 허용 목록에 등록해 두었다면 변환하지 마세요. IP가 제거될 수 있습니다.
• 요금이 IP당 요금에서 메시지당 요금으로 바뀝니다.

구성 세트와 태그는 그대로 유지됩니다. 관리형 풀은 다시 표준 풀로 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete the dedicated IP pool %1 in %2?

Its IPs stay leased and go to ses-default-dedicated-pool; configuration sets that send through this pool no longer find it.</source>
        <translation>%2의 전용 IP 풀 %1을(를) 삭제할까요?

풀의 IP는 계속 임대된 상태로 ses-default-dedicated-pool로 이동합니다. 이 풀을 통해 보내던 구성 세트는 더 이상 이 풀을 찾지 못합니다.</translation>
    </message>
    <message>
        <source>Delete the managed dedicated IP pool %1 in %2?

SES releases its IPs, and their charges stop, at once.</source>
        <translation>%2의 관리형 전용 IP 풀 %1을(를) 삭제할까요?

SES가 풀의 IP를 즉시 해제하며, 해당 요금도 즉시 중단됩니다.</translation>
    </message>
    <message>
        <source>It is the account&apos;s last managed pool: deleting it opts the account out of managed dedicated IPs.</source>
        <translation>계정의 마지막 관리형 풀입니다. 삭제하면 계정의 전용 IP(관리형) 기능이 옵트아웃됩니다.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Convert %1 to managed</source>
        <translation>%1을(를) 관리형으로 변환</translation>
    </message>
    <message>
        <source>Dedicated IP pool %1 deleted</source>
        <translation>전용 IP 풀 %1을(를) 삭제했습니다</translation>
    </message>
    <message>
        <source>%1 is now a managed pool</source>
        <translation>%1이(가) 관리형 풀로 변환되었습니다</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 삭제 중…</translation>
    </message>
    <message>
        <source>Converting %1…</source>
        <translation>%1 변환 중…</translation>
    </message>
</context>
<context>
    <name>Views::ChartPanel</name>
    <message>
        <source>Chart. Drag to zoom into a time span, use the mouse wheel or + and - to zoom, Shift+drag or the arrow keys to pan, 0 to reset. Click a legend entry to hide or show its series.</source>
        <translation>차트. 끌어서 시간 구간을 확대하고, 마우스 휠이나 + 및 - 키로 확대/축소하고, Shift+끌기나 화살표 키로 이동하고, 0 키로 초기화합니다. 범례 항목을 클릭하면 해당 계열을 숨기거나 표시합니다.</translation>
    </message>
    <message>
        <source>Reset zoom</source>
        <translation>확대/축소 초기화</translation>
    </message>
    <message>
        <source>Reset zoom of %1</source>
        <translation>%1 확대/축소 초기화</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG로 내보내기…</translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation>%1을(를) PNG로 내보내기</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Export the data of %1 as CSV</source>
        <translation>%1의 데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>Views::CloudWatchDimensionsEditor</name>
    <message>
        <source>Dimension name</source>
        <translation>차원 이름</translation>
    </message>
    <message>
        <source>Dimension %1 name</source>
        <translation>차원 %1 이름</translation>
    </message>
    <message>
        <source>Message tag</source>
        <translation>메시지 태그</translation>
    </message>
    <message>
        <source>Email header</source>
        <translation>이메일 헤더</translation>
    </message>
    <message>
        <source>Link tag</source>
        <translation>링크 태그</translation>
    </message>
    <message>
        <source>Dimension %1 value source</source>
        <translation>차원 %1 값 소스</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Dimension %1 default value</source>
        <translation>차원 %1 기본값</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove dimension %1</source>
        <translation>차원 %1 제거</translation>
    </message>
    <message>
        <source>Each unique combination of event type, dimension name and value becomes its own CloudWatch metric (charged): avoid dimensions with many values such as ses:from-domain. SES&apos;s own tags (ses:configuration-set, ses:from-domain…) can be used as message tags.</source>
        <translation>이벤트 유형, 차원 이름, 값의 고유한 조합마다 별도의 CloudWatch 지표가 됩니다(요금 부과). ses:from-domain처럼 값이 많은 차원은 피하세요. SES 자체 태그(ses:configuration-set, ses:from-domain…)를 메시지 태그로 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Add &amp;dimension</source>
        <translation>차원 추가(&amp;D)</translation>
    </message>
    <message>
        <source>Add dimension</source>
        <translation>차원 추가</translation>
    </message>
</context>
<context>
    <name>Views::ConfigurationSetActions</name>
    <message>
        <source>&amp;Create set…</source>
        <translation>세트 생성(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a configuration set (Ctrl+N)</source>
        <translation>구성 세트 생성(Ctrl+N)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected configuration set (Del)</source>
        <translation>선택한 구성 세트 삭제(Del)</translation>
    </message>
    <message>
        <source>Add &amp;event destination…</source>
        <translation>이벤트 대상 추가(&amp;E)…</translation>
    </message>
    <message>
        <source>Publish sending events of the selected set to CloudWatch, Firehose, EventBridge, SNS or Pinpoint (Ctrl+E); at most %1 per set</source>
        <translation>선택한 세트의 전송 이벤트를 CloudWatch, Firehose, EventBridge, SNS 또는 Pinpoint에 게시(Ctrl+E). 세트당 최대 %1개</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>List the configuration sets again (F5)</source>
        <translation>구성 세트 다시 불러오기(F5)</translation>
    </message>
    <message>
        <source>Cop&amp;y name</source>
        <translation>이름 복사(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the selected configuration set&apos;s name (Ctrl+C)</source>
        <translation>선택한 구성 세트의 이름 복사(Ctrl+C)</translation>
    </message>
</context>
<context>
    <name>Views::ConfigurationSetView</name>
    <message>
        <source>Sending enabled</source>
        <translation>전송 사용</translation>
    </message>
    <message>
        <source>Sending status</source>
        <translation>전송 상태</translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation>전송 일시 중지됨</translation>
    </message>
    <message>
        <source>no dedicated IP pool</source>
        <translation>전용 IP 풀 없음</translation>
    </message>
    <message>
        <source>IP pool %1</source>
        <translation>IP 풀 %1</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS 필수</translation>
    </message>
    <message>
        <source>TLS optional</source>
        <translation>TLS 선택</translation>
    </message>
    <message>
        <source>reputation metrics on</source>
        <translation>평판 지표 켜짐</translation>
    </message>
    <message>
        <source>reputation metrics off</source>
        <translation>평판 지표 꺼짐</translation>
    </message>
    <message>
        <source>redirect domain %1</source>
        <translation>리디렉션 도메인 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event destinations</source>
        <translation>
            <numerusform>이벤트 대상 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>옵션(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;vent destinations</source>
        <translation>이벤트 대상(&amp;V)</translation>
    </message>
    <message>
        <source>Configuration set details</source>
        <translation>구성 세트 세부 정보</translation>
    </message>
    <message>
        <source>Configuration set name</source>
        <translation>구성 세트 이름</translation>
    </message>
    <message>
        <source>Configuration set summary</source>
        <translation>구성 세트 요약</translation>
    </message>
</context>
<context>
    <name>Views::ConfigurationSetsPane</name>
    <message>
        <source>Configuration sets</source>
        <translation>구성 세트</translation>
    </message>
    <message>
        <source>Configuration set actions</source>
        <translation>구성 세트 작업</translation>
    </message>
    <message>
        <source>Filter configuration sets (Ctrl+F)</source>
        <translation>구성 세트 필터(Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter configuration sets</source>
        <translation>구성 세트 필터</translation>
    </message>
    <message>
        <source>Configuration set count</source>
        <translation>구성 세트 수</translation>
    </message>
    <message>
        <source>No configuration sets</source>
        <translation>구성 세트 없음</translation>
    </message>
    <message>
        <source>Create configuration set…</source>
        <translation>구성 세트 생성…</translation>
    </message>
    <message>
        <source>Create configuration set</source>
        <translation>구성 세트 생성</translation>
    </message>
    <message>
        <source>No configuration set selected</source>
        <translation>선택한 구성 세트 없음</translation>
    </message>
    <message>
        <source>There are no configuration sets in %1 yet. A configuration set publishes sending events, picks a dedicated IP pool and sets TLS, tracking and suppression for the mail sent with it.</source>
        <translation>%1에 아직 구성 세트가 없습니다. 구성 세트는 전송 이벤트를 게시하고, 전용 IP 풀을 지정하며, 해당 구성 세트로 보내는 메일의 TLS, 추적, 금지 목록 설정을 정합니다.</translation>
    </message>
    <message>
        <source>Listing the configuration sets failed</source>
        <translation>구성 세트 목록을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Listing more configuration sets failed</source>
        <translation>구성 세트를 더 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The options of %1 have unsaved changes. Discard them?</source>
        <translation>%1의 옵션에 저장하지 않은 변경 사항이 있습니다. 버릴까요?</translation>
    </message>
    <message>
        <source>Choose a configuration set to see and change its options and event destinations.</source>
        <translation>구성 세트를 선택하면 옵션과 이벤트 대상을 보고 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1을(를) 불러오는 중…</translation>
    </message>
    <message>
        <source>%1 could not be loaded.</source>
        <translation>%1을(를) 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>Loading the configuration set %1 failed</source>
        <translation>구성 세트 %1을(를) 불러오지 못했습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n configuration sets match</source>
        <translation>
            <numerusform>구성 세트 %n개 중 %1개가 일치</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n configuration sets</source>
        <translation>
            <numerusform>구성 세트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source> — more load as you scroll</source>
        <translation> — 스크롤하면 더 불러옵니다</translation>
    </message>
    <message>
        <source>Deleting the configuration set %1 failed</source>
        <translation>구성 세트 %1을(를) 삭제하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Views::ConnectionStatus</name>
    <message>
        <source> LOCAL </source>
        <translation> 로컬 </translation>
    </message>
    <message>
        <source>The Local Sandbox runs inside SesDesk on this computer: nothing is sent to AWS.</source>
        <translation>로컬 샌드박스는 이 컴퓨터의 SesDesk 안에서 실행되므로 AWS로는 아무것도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Local Sandbox: nothing is sent to AWS</source>
        <translation>로컬 샌드박스: AWS로 전송되는 것은 없습니다</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>프로필: %1</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>%1에 연결하지 못했습니다</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>리전: %1</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>엔드포인트: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in progress</source>
        <translation>
            <numerusform>호출 %n개 진행 중</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>대기</translation>
    </message>
</context>
<context>
    <name>Views::ConnectionToolBar</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>프로필(&amp;P):</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>프로필</translation>
    </message>
    <message>
        <source>The AWS account (profile) to work with</source>
        <translation>작업할 AWS 계정(프로필)</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>리전(&amp;G):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>SES keeps identities, quotas and settings separately in every region</source>
        <translation>SES는 자격 증명, 할당량, 설정을 리전마다 따로 관리합니다</translation>
    </message>
</context>
<context>
    <name>Views::CreateAlarmsDialog</name>
    <message>
        <source>SNS topic: &quot;%1&quot; is not an ARN (arn:aws:sns:region:account:topic).</source>
        <translation>SNS 주제: &quot;%1&quot;은(는) ARN(arn:aws:sns:region:account:topic)이 아닙니다.</translation>
    </message>
    <message>
        <source>Create reputation alarms</source>
        <translation>평판 경보 생성</translation>
    </message>
    <message>
        <source>SesDesk will create these CloudWatch alarms for the account in %1, at the levels where Amazon SES starts reviewing an account:</source>
        <translation>SesDesk가 %1의 계정에 대해 Amazon SES가 계정 검토를 시작하는 수준으로 다음 CloudWatch 경보를 생성합니다:</translation>
    </message>
    <message>
        <source>SesDesk will create these CloudWatch alarms for configuration set %1 in %2, at the levels where Amazon SES starts reviewing an account:</source>
        <translation>SesDesk가 %2의 구성 세트 %1에 대해 Amazon SES가 계정 검토를 시작하는 수준으로 다음 CloudWatch 경보를 생성합니다:</translation>
    </message>
    <message>
        <source>&amp;Notify SNS topic (optional):</source>
        <translation>SNS 주제에 알림(선택 사항)(&amp;N):</translation>
    </message>
    <message>
        <source>arn:aws:sns:%1:123456789012:ses-alerts</source>
        <translation>arn:aws:sns:%1:123456789012:ses-alerts</translation>
    </message>
    <message>
        <source>An alarm with the same name is replaced. CloudWatch charges for alarms.</source>
        <translation>이름이 같은 경보는 대체됩니다. CloudWatch 경보에는 요금이 부과됩니다.</translation>
    </message>
    <message>
        <source>Create alarms</source>
        <translation>경보 생성</translation>
    </message>
    <message>
        <source>Alarms to create</source>
        <translation>생성할 경보</translation>
    </message>
    <message>
        <source>SNS topic to notify</source>
        <translation>알림을 보낼 SNS 주제</translation>
    </message>
</context>
<context>
    <name>Views::CreateConfigurationSetCommand</name>
    <message>
        <source>Creating %1…</source>
        <translation>%1을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>Creating the configuration set %1…</source>
        <translation>구성 세트 %1을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>Configuration set name: SES already has a configuration set named &quot;%1&quot; in %2.</source>
        <translation>구성 세트 이름: %2에 이름이 &quot;%1&quot;인 구성 세트가 이미 SES에 있습니다.</translation>
    </message>
    <message>
        <source>SES refused to create the configuration set: %1</source>
        <translation>SES가 구성 세트 생성을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Configuration set %1 created</source>
        <translation>구성 세트 %1을(를) 만들었습니다</translation>
    </message>
</context>
<context>
    <name>Views::CreateConfigurationSetDialog</name>
    <message>
        <source>Configuration set name</source>
        <translation>구성 세트 이름</translation>
    </message>
    <message>
        <source>Configuration set name: a configuration set named &quot;%1&quot; already exists in %2.</source>
        <translation>구성 세트 이름: %2에 이름이 &quot;%1&quot;인 구성 세트가 이미 있습니다.</translation>
    </message>
    <message>
        <source>Sending IP pool</source>
        <translation>전송 IP 풀</translation>
    </message>
    <message>
        <source>Create configuration set</source>
        <translation>구성 세트 생성</translation>
    </message>
    <message>
        <source>A configuration set groups rules for the mail sent with it: event destinations, a dedicated IP pool, TLS, tracking and suppression. Name it when sending, or make it an identity&apos;s default. Configuration sets are separate in every region; this one is created in %1.</source>
        <translation>구성 세트는 해당 구성 세트로 보내는 메일에 적용할 규칙(이벤트 대상, 전용 IP 풀, TLS, 추적, 금지 목록)을 묶은 것입니다. 메일을 보낼 때 이름을 지정하거나 자격 증명의 기본 구성 세트로 지정하세요. 구성 세트는 리전마다 따로 있으며, 이 구성 세트는 %1에 생성됩니다.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>up to 64 letters, digits, _ and -</source>
        <translation>문자, 숫자, _, -로 최대 64자</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>이름의 문제</translation>
    </message>
    <message>
        <source>Sending IP &amp;pool:</source>
        <translation>전송 IP 풀(&amp;P):</translation>
    </message>
    <message>
        <source>none: the shared pool or ses-default-dedicated-pool</source>
        <translation>없음: 공유 풀 또는 ses-default-dedicated-pool</translation>
    </message>
    <message>
        <source>Require &amp;TLS for delivery</source>
        <translation>배달 시 TLS 필수(&amp;T)</translation>
    </message>
    <message>
        <source>Require TLS for delivery</source>
        <translation>배달 시 TLS 필수</translation>
    </message>
    <message>
        <source>Publish &amp;reputation metrics to CloudWatch</source>
        <translation>CloudWatch에 평판 지표 게시(&amp;R)</translation>
    </message>
    <message>
        <source>Publish reputation metrics to CloudWatch</source>
        <translation>CloudWatch에 평판 지표 게시</translation>
    </message>
    <message>
        <source>Custom redirect &amp;domain:</source>
        <translation>사용자 지정 리디렉션 도메인(&amp;D):</translation>
    </message>
    <message>
        <source>Custom redirect domain</source>
        <translation>사용자 지정 리디렉션 도메인</translation>
    </message>
    <message>
        <source>optional, e.g. track.example.com</source>
        <translation>선택 사항, 예: track.example.com</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>생성(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Views::CreateDedicatedIpPoolCommand</name>
    <message>
        <source>Creating %1…</source>
        <translation>%1을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>Creating the dedicated IP pool %1…</source>
        <translation>전용 IP 풀 %1을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>Pool name: SES already has a pool named &quot;%1&quot; in %2.</source>
        <translation>풀 이름: %2에 이름이 &quot;%1&quot;인 풀이 이미 SES에 있습니다.</translation>
    </message>
    <message>
        <source>The account has the most dedicated IP pools SES allows in %1 (50, standard and managed together): %2</source>
        <translation>계정에 %1에서 SES가 허용하는 최대 개수의 전용 IP 풀(표준과 관리형을 합쳐 50개)이 이미 있습니다: %2</translation>
    </message>
    <message>
        <source>SES refused to create the pool: %1</source>
        <translation>SES가 풀 생성을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Dedicated IP pool %1 created</source>
        <translation>전용 IP 풀 %1을(를) 만들었습니다</translation>
    </message>
</context>
<context>
    <name>Views::CreateDedicatedIpPoolDialog</name>
    <message>
        <source>Pool name</source>
        <translation>풀 이름</translation>
    </message>
    <message>
        <source>Pool name: a pool named &quot;%1&quot; already exists in %2; pool names are unique across standard and managed pools.</source>
        <translation>풀 이름: %2에 이름이 &quot;%1&quot;인 풀이 이미 있습니다. 풀 이름은 표준 풀과 관리형 풀을 통틀어 고유해야 합니다.</translation>
    </message>
    <message>
        <source>Create dedicated IP pool</source>
        <translation>전용 IP 풀 생성</translation>
    </message>
    <message>
        <source>A pool groups dedicated IPs, for example to keep marketing and transactional mail apart; a configuration set then sends through it. An account has at most 50 pools in a region; this one is created in %1.</source>
        <translation>풀은 전용 IP를 묶은 것으로, 예를 들어 마케팅 메일과 트랜잭션 메일을 분리하는 데 씁니다. 구성 세트가 이 풀을 통해 메일을 보냅니다. 계정은 리전마다 풀을 최대 50개까지 가질 수 있으며, 이 풀은 %1에 생성됩니다.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>up to 64 letters, digits, _ and -</source>
        <translation>문자, 숫자, _, -로 최대 64자</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>이름의 문제</translation>
    </message>
    <message>
        <source>&amp;Standard (self-managed)</source>
        <translation>표준(셀프 매니지드)(&amp;S)</translation>
    </message>
    <message>
        <source>Standard scaling mode</source>
        <translation>표준 크기 조정 모드</translation>
    </message>
    <message>
        <source>You lease dedicated IPs through AWS Support, move them into the pool and warm them up (automatically over 45 days, or by hand). Their addresses are fixed and listed here.</source>
        <translation>AWS Support를 통해 전용 IP를 임대하고, 풀로 옮긴 뒤 워밍업합니다(45일에 걸쳐 자동으로 또는 수동으로). IP 주소는 고정되어 있으며 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>&amp;Managed (auto-managed)</source>
        <translation>관리형(자동 관리)(&amp;M)</translation>
    </message>
    <message>
        <source>Managed scaling mode</source>
        <translation>관리형 크기 조정 모드</translation>
    </message>
    <message>
        <source>SES leases, warms up (per mailbox provider) and scales the IPs with your volume, billed per message; their addresses are not shown. A managed pool can never become standard again.</source>
        <translation>SES가 전송 볼륨에 맞춰 IP를 임대하고, (메일박스 공급자별로) 워밍업하고, 크기를 조정하며, 요금은 메시지당 부과됩니다. IP 주소는 표시되지 않습니다. 관리형 풀은 다시 표준 풀로 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>&amp;Create pool</source>
        <translation>풀 생성(&amp;C)</translation>
    </message>
    <message>
        <source>Create pool</source>
        <translation>풀 생성</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Views::CreateIdentityCommand</name>
    <message>
        <source>Creating %1…</source>
        <translation>%1을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>SES refused to create the identity: %1</source>
        <translation>SES가 자격 증명 생성을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Identity %1 created</source>
        <translation>자격 증명 %1을(를) 만들었습니다</translation>
    </message>
    <message>
        <source>Setting the MAIL FROM domain %1…</source>
        <translation>MAIL FROM 도메인 %1을(를) 설정하는 중…</translation>
    </message>
    <message>
        <source>Setting the MAIL FROM domain…</source>
        <translation>MAIL FROM 도메인을 설정하는 중…</translation>
    </message>
    <message>
        <source>%1 was created, but setting its MAIL FROM domain %2 failed; set it in the identity&apos;s details</source>
        <translation>%1을(를) 만들었지만 MAIL FROM 도메인 %2을(를) 설정하지 못했습니다. 자격 증명 세부 정보에서 설정하세요</translation>
    </message>
    <message>
        <source>Identity %1 created with MAIL FROM domain %2</source>
        <translation>MAIL FROM 도메인 %2(으)로 자격 증명 %1을(를) 만들었습니다</translation>
    </message>
</context>
<context>
    <name>Views::CreateIdentityWizard</name>
    <message>
        <source>Create identity</source>
        <translation>자격 증명 생성</translation>
    </message>
</context>
<context>
    <name>Views::CreateReputationAlarmsCommand</name>
    <message numerus="yes">
        <source>Created %n CloudWatch alarm(s)</source>
        <translation>
            <numerusform>CloudWatch 경보 %n개를 생성했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1을(를) 만드는 중…</translation>
    </message>
</context>
<context>
    <name>Views::DedicatedIpActions</name>
    <message>
        <source>&amp;Create pool…</source>
        <translation>풀 생성(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a standard or managed dedicated IP pool (Ctrl+N)</source>
        <translation>표준 또는 관리형 전용 IP 풀 생성(Ctrl+N)</translation>
    </message>
    <message>
        <source>De&amp;lete pool…</source>
        <translation>풀 삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected pool (Del)</source>
        <translation>선택한 풀 삭제(Del)</translation>
    </message>
    <message>
        <source>Con&amp;vert to managed…</source>
        <translation>관리형으로 변환(&amp;V)…</translation>
    </message>
    <message>
        <source>Let SES lease, warm up and scale the IPs of the selected standard pool; this cannot be undone</source>
        <translation>선택한 표준 풀의 IP 임대, 워밍업, 크기 조정을 SES에 맡기기. 되돌릴 수 없음</translation>
    </message>
    <message>
        <source>&amp;Move IP…</source>
        <translation>IP 이동(&amp;M)…</translation>
    </message>
    <message>
        <source>Move the selected IP to another pool (Ctrl+M)</source>
        <translation>선택한 IP를 다른 풀로 이동(Ctrl+M)</translation>
    </message>
    <message>
        <source>Edit &amp;warm-up…</source>
        <translation>워밍업 편집(&amp;W)…</translation>
    </message>
    <message>
        <source>Set the selected IP&apos;s warm-up percentage, complete it or start it again (Ctrl+W)</source>
        <translation>선택한 IP의 워밍업 비율 설정, 워밍업 완료 또는 다시 시작(Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>List the pools and IPs again (F5)</source>
        <translation>풀과 IP 다시 불러오기(F5)</translation>
    </message>
</context>
<context>
    <name>Views::DedicatedIpsPane</name>
    <message>
        <source>Listing the dedicated IPs failed</source>
        <translation>전용 IP 목록을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Dedicated IPs</source>
        <translation>전용 IP</translation>
    </message>
    <message>
        <source>Dedicated IP actions</source>
        <translation>전용 IP 작업</translation>
    </message>
    <message>
        <source>Filter pools (Ctrl+F)</source>
        <translation>풀 필터(Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter pools</source>
        <translation>풀 필터</translation>
    </message>
    <message>
        <source>Dedicated IP pools</source>
        <translation>전용 IP 풀</translation>
    </message>
    <message>
        <source>Pool count</source>
        <translation>풀 수</translation>
    </message>
    <message>
        <source>No dedicated IP pools</source>
        <translation>전용 IP 풀 없음</translation>
    </message>
    <message>
        <source>Create pool…</source>
        <translation>풀 생성…</translation>
    </message>
    <message>
        <source>Create dedicated IP pool</source>
        <translation>전용 IP 풀 생성</translation>
    </message>
    <message>
        <source>Pool shown</source>
        <translation>표시된 풀</translation>
    </message>
    <message>
        <source>About the pool</source>
        <translation>풀 정보</translation>
    </message>
    <message>
        <source>Show &amp;every IP of the account</source>
        <translation>계정의 모든 IP 표시(&amp;E)</translation>
    </message>
    <message>
        <source>Show every dedicated IP of the account</source>
        <translation>계정의 모든 전용 IP 표시</translation>
    </message>
    <message>
        <source>Dedicated IP count</source>
        <translation>전용 IP 수</translation>
    </message>
    <message>
        <source>Change automatic warm-up</source>
        <translation>자동 워밍업 변경</translation>
    </message>
    <message>
        <source>Reading the automatic warm-up setting failed</source>
        <translation>자동 워밍업 설정을 읽지 못했습니다</translation>
    </message>
    <message>
        <source>There are no dedicated IP pools in %1. Standard dedicated IPs are leased through an AWS Support case (SES Service Limits, Desired Dedicated IP); a managed pool lets SES lease and scale them for you.</source>
        <translation>%1에 전용 IP 풀이 없습니다. 표준 전용 IP는 AWS Support 케이스(SES Service Limits, Desired Dedicated IP)를 통해 임대하며, 관리형 풀을 만들면 SES가 IP를 대신 임대하고 크기를 조정합니다.</translation>
    </message>
    <message>
        <source>Listing the dedicated IP pools failed</source>
        <translation>전용 IP 풀 목록을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Listing more dedicated IP pools failed</source>
        <translation>전용 IP 풀을 더 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>All dedicated IPs</source>
        <translation>모든 전용 IP</translation>
    </message>
    <message>
        <source>Every dedicated IP of the account in %1; those in no pool belong to ses-default-dedicated-pool, which SES uses for configuration sets without a pool.</source>
        <translation>%1에 있는 계정의 모든 전용 IP입니다. 어느 풀에도 속하지 않은 IP는 ses-default-dedicated-pool에 속하며, SES는 풀이 지정되지 않은 구성 세트에 이 풀을 사용합니다.</translation>
    </message>
    <message>
        <source>Scaling mode</source>
        <translation>크기 조정 모드</translation>
    </message>
    <message>
        <source>SES leases, warms up and scales this pool&apos;s IPs with your sending volume, per mailbox provider, and bills per message. Their addresses are not shown, and a managed pool cannot become standard again.</source>
        <translation>SES가 전송 볼륨에 맞춰 메일박스 공급자별로 이 풀의 IP를 임대하고, 워밍업하고, 크기를 조정하며, 요금은 메시지당 부과됩니다. IP 주소는 표시되지 않으며, 관리형 풀은 다시 표준 풀로 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Standard: the IPs you lease (through AWS Support) and move into this pool; their addresses are fixed. New IPs warm up over 45 days while automatic warm-up is on.</source>
        <translation>표준: (AWS Support를 통해) 임대해 이 풀로 옮긴 IP이며, 주소는 고정되어 있습니다. 자동 워밍업이 켜져 있으면 새 IP는 45일에 걸쳐 워밍업됩니다.</translation>
    </message>
    <message>
        <source>Automatic warm-up is on</source>
        <translation>자동 워밍업 켜짐</translation>
    </message>
    <message>
        <source>SES raises the volume of each new standard dedicated IP step by step, to 50,000 messages a day within 45 days, sending the rest through warmed-up IPs or the shared pool meanwhile.</source>
        <translation>SES가 새 표준 전용 IP마다 전송 볼륨을 단계적으로 늘려 45일 안에 하루 50,000건까지 올리며, 그동안 나머지 메일은 워밍업된 IP나 공유 풀을 통해 보냅니다.</translation>
    </message>
    <message>
        <source>Turn &amp;off</source>
        <translation>끄기(&amp;O)</translation>
    </message>
    <message>
        <source>Automatic warm-up is off</source>
        <translation>자동 워밍업 꺼짐</translation>
    </message>
    <message>
        <source>New standard dedicated IPs start with their warm-up complete: warm them up by hand (Edit warm-up), or mailbox providers may throttle or block them.</source>
        <translation>새 표준 전용 IP는 워밍업이 완료된 상태로 시작합니다. 수동으로 워밍업하세요(워밍업 편집). 그렇지 않으면 메일박스 공급자가 전송을 제한하거나 차단할 수 있습니다.</translation>
    </message>
    <message>
        <source>Turn &amp;on</source>
        <translation>켜기(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pools match</source>
        <translation>
            <numerusform>풀 %n개 중 %1개가 일치</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pools</source>
        <translation>
            <numerusform>풀 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No dedicated IPs in this pool. Move leased IPs into it with Move IP, or ask AWS Support for more.</source>
        <translation>이 풀에 전용 IP가 없습니다. IP 이동으로 임대한 IP를 이 풀로 옮기거나 AWS Support에 IP를 더 요청하세요.</translation>
    </message>
    <message>
        <source>The account has no dedicated IPs in this region; its mail goes out through the shared pool.</source>
        <translation>이 리전에는 계정의 전용 IP가 없습니다. 메일은 공유 풀을 통해 나갑니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n dedicated IPs</source>
        <translation>
            <numerusform>전용 IP %n개</numerusform>
        </translation>
    </message>
    <message>
        <source> — more load as you scroll</source>
        <translation> — 스크롤하면 더 불러옵니다</translation>
    </message>
    <message>
        <source>Changing automatic warm-up failed</source>
        <translation>자동 워밍업을 변경하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Views::DeleteConfigurationSetCommand</name>
    <message>
        <source>Delete the configuration set %1 in %2?</source>
        <translation>%2의 구성 세트 %1을(를) 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n event destinations are deleted with it; events stop being published.</source>
        <translation>
            <numerusform>이벤트 대상 %n개도 함께 삭제되며 이벤트 게시가 중지됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Identities that use it as their default configuration set can no longer send: SES answers their sends with a Bad Request error until they get another default. Mail that names it fails too.</source>
        <translation>이 구성 세트를 기본 구성 세트로 사용하는 자격 증명은 더 이상 메일을 보낼 수 없습니다. 다른 기본 구성 세트를 지정할 때까지 SES가 전송 요청에 Bad Request 오류로 응답합니다. 이 구성 세트를 지정한 메일도 실패합니다.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 삭제 중…</translation>
    </message>
    <message>
        <source>Configuration set %1 deleted</source>
        <translation>구성 세트 %1을(를) 삭제했습니다</translation>
    </message>
</context>
<context>
    <name>Views::DeleteIdentityCommand</name>
    <message>
        <source>Delete the domain identity %1 in %2?

Mail from this domain and from every address in it that is not verified on its own can no longer be sent through SES in this region. Its DKIM keys are deleted too; verifying it again needs new DNS records.</source>
        <translation>%2의 도메인 자격 증명 %1을(를) 삭제할까요?

이 도메인과, 따로 확인되지 않은 이 도메인의 모든 주소에서는 더 이상 이 리전의 SES로 메일을 보낼 수 없습니다. DKIM 키도 삭제되므로 다시 확인하려면 새 DNS 레코드가 필요합니다.</translation>
    </message>
    <message>
        <source>Delete the email address identity %1 in %2?

Mail from this address can no longer be sent through SES in this region unless its domain is verified.</source>
        <translation>%2의 이메일 주소 자격 증명 %1을(를) 삭제할까요?

도메인이 확인되어 있지 않으면 이 주소에서는 더 이상 이 리전의 SES로 메일을 보낼 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n identities in %1?

%2

Mail from them can no longer be sent through SES in this region.</source>
        <translation>
            <numerusform>%1의 자격 증명 %n개를 삭제할까요?

%2

이 자격 증명에서는 더 이상 이 리전의 SES로 메일을 보낼 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Delete identities</source>
        <translation>자격 증명 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n identities</source>
        <translation>
            <numerusform>자격 증명 %n개를 삭제했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 삭제 중…</translation>
    </message>
</context>
<context>
    <name>Views::DeleteTemplateCommand</name>
    <message>
        <source>Delete template</source>
        <translation>템플릿 삭제</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot; from SES? Sending with it stops working at once. SesDesk keeps its local version history, from which it can be restored.</source>
        <translation>SES에서 템플릿 &quot;%1&quot;을(를) 삭제할까요? 이 템플릿을 사용하는 전송은 즉시 작동하지 않습니다. SesDesk는 로컬 버전 기록을 보관하므로 여기에서 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>Deleting template %1…</source>
        <translation>템플릿 %1 삭제 중…</translation>
    </message>
    <message>
        <source>Deleted template %1</source>
        <translation>템플릿 %1을(를) 삭제했습니다</translation>
    </message>
</context>
<context>
    <name>Views::DeliveryOptionsSection</name>
    <message>
        <source>Sending IP pool</source>
        <translation>전송 IP 풀</translation>
    </message>
    <message numerus="yes">
        <source>(%n minutes)</source>
        <translation>
            <numerusform>(%n분)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n hours)</source>
        <translation>
            <numerusform>(%n시간)</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 h %2 min)</source>
        <translation>(%1시간 %2분)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>배달</translation>
    </message>
    <message>
        <source>Require &amp;TLS</source>
        <translation>TLS 필수(&amp;T)</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS 필수</translation>
    </message>
    <message>
        <source>SES then delivers only over a TLS connection to the receiving server and does not send the message otherwise. SES supports TLS 1.2 and recommends TLS 1.3.</source>
        <translation>그러면 SES는 수신 서버와 TLS 연결로만 배달하며, 그렇지 않으면 메시지를 보내지 않습니다. SES는 TLS 1.2를 지원하며 TLS 1.3을 권장합니다.</translation>
    </message>
    <message>
        <source>Sending IP &amp;pool:</source>
        <translation>전송 IP 풀(&amp;P):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Mail sent with this set goes out only through the pool&apos;s dedicated IPs. Without a pool, SES uses ses-default-dedicated-pool (dedicated IPs in no other pool) if the account has any, otherwise the shared pool.</source>
        <translation>이 구성 세트로 보내는 메일은 해당 풀의 전용 IP로만 나갑니다. 풀을 지정하지 않으면 계정에 전용 IP가 있는 경우 ses-default-dedicated-pool(다른 풀에 속하지 않은 전용 IP)을, 없으면 공유 풀을 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;Stop delivery attempts after</source>
        <translation>배달 시도 제한 시간(&amp;S)</translation>
    </message>
    <message>
        <source>Limit the delivery time</source>
        <translation>배달 시간 제한</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Maximum delivery time in seconds</source>
        <translation>최대 배달 시간(초)</translation>
    </message>
    <message>
        <source>Between 5 minutes (300 s) and 14 hours (50,400 s). Without a limit SES keeps retrying for its own standard period.</source>
        <translation>5분(300초)에서 14시간(50,400초) 사이. 제한이 없으면 SES가 자체 표준 기간 동안 계속 재시도합니다.</translation>
    </message>
</context>
<context>
    <name>Views::DkimKeySection</name>
    <message>
        <source>Your own DKIM key (BYODKIM)</source>
        <translation>자체 DKIM 키(BYODKIM)</translation>
    </message>
    <message>
        <source>Give SES a new RSA private key (1024–2048 bits) under a new selector, and publish its DNS record. Until SES finds the new record it does not sign with the old key, so mail may go unsigned: publish the record first, or switch at a quiet time.</source>
        <translation>새 선택기로 새 RSA 개인 키(1024~2048비트)를 SES에 제공하고 해당 DNS 레코드를 게시하세요. SES가 새 레코드를 찾을 때까지는 이전 키로 서명하지 않으므로 메일이 서명 없이 전송될 수 있습니다. 레코드를 먼저 게시하거나 한가한 시간에 전환하세요.</translation>
    </message>
    <message>
        <source>New &amp;selector:</source>
        <translation>새 선택기(&amp;S):</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>개인 키(&amp;K):</translation>
    </message>
    <message>
        <source>New DKIM selector</source>
        <translation>새 DKIM 선택기</translation>
    </message>
    <message>
        <source>New DKIM private key</source>
        <translation>새 DKIM 개인 키</translation>
    </message>
    <message>
        <source>-----BEGIN PRIVATE KEY-----
…
-----END PRIVATE KEY-----</source>
        <translation>-----BEGIN PRIVATE KEY-----
…
-----END PRIVATE KEY-----</translation>
    </message>
    <message>
        <source>Sign with &amp;this key</source>
        <translation>이 키로 서명(&amp;T)</translation>
    </message>
    <message>
        <source>Sign with this key</source>
        <translation>이 키로 서명</translation>
    </message>
    <message>
        <source>Back to &amp;Easy DKIM</source>
        <translation>Easy DKIM으로 돌아가기(&amp;E)</translation>
    </message>
    <message>
        <source>Back to Easy DKIM</source>
        <translation>Easy DKIM으로 돌아가기</translation>
    </message>
    <message>
        <source>SES creates a new 2048-bit key; publish its three CNAME records.</source>
        <translation>SES가 새 2048비트 키를 만듭니다. 세 개의 CNAME 레코드를 게시하세요.</translation>
    </message>
    <message>
        <source>The selector must be 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen.</source>
        <translation>선택기는 1~63자의 문자, 숫자 또는 하이픈이어야 하며 하이픈으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>Setting your own DKIM key failed</source>
        <translation>자체 DKIM 키를 설정하지 못했습니다</translation>
    </message>
    <message>
        <source>Switching to Easy DKIM failed</source>
        <translation>Easy DKIM으로 전환하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Views::DkimPage</name>
    <message>
        <source>&amp;Easy DKIM: SES creates and rotates the key</source>
        <translation>Easy DKIM: SES가 키를 만들고 교체합니다(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Bring your own DKIM key (BYODKIM)</source>
        <translation>자체 DKIM 키 사용(BYODKIM)(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Load from file…</source>
        <translation>파일에서 불러오기(&amp;L)…</translation>
    </message>
    <message>
        <source>DKIM signing</source>
        <translation>DKIM 서명</translation>
    </message>
    <message>
        <source>DKIM proves that mail from this domain really comes from you. SES verifies the domain through its DKIM records.</source>
        <translation>DKIM은 이 도메인의 메일이 실제로 사용자가 보낸 것임을 증명합니다. SES는 DKIM 레코드로 도메인을 확인합니다.</translation>
    </message>
    <message>
        <source>Easy DKIM</source>
        <translation>Easy DKIM</translation>
    </message>
    <message>
        <source>Bring your own DKIM key</source>
        <translation>자체 DKIM 키 사용</translation>
    </message>
    <message>
        <source>DKIM key length</source>
        <translation>DKIM 키 길이</translation>
    </message>
    <message>
        <source>2048-bit RSA (recommended)</source>
        <translation>2048비트 RSA(권장)</translation>
    </message>
    <message>
        <source>1024-bit RSA (for DNS providers that cannot hold longer records)</source>
        <translation>1024비트 RSA(긴 레코드를 저장할 수 없는 DNS 공급자용)</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>DKIM 선택기</translation>
    </message>
    <message>
        <source>for example ses2024</source>
        <translation>예: ses2024</translation>
    </message>
    <message>
        <source>DKIM private key</source>
        <translation>DKIM 개인 키</translation>
    </message>
    <message>
        <source>-----BEGIN PRIVATE KEY-----
…
-----END PRIVATE KEY-----</source>
        <translation>-----BEGIN PRIVATE KEY-----
…
-----END PRIVATE KEY-----</translation>
    </message>
    <message>
        <source>Load the private key from a file</source>
        <translation>파일에서 개인 키 불러오기</translation>
    </message>
    <message>
        <source>Problem with the DKIM settings</source>
        <translation>DKIM 설정의 문제</translation>
    </message>
    <message>
        <source>Key &amp;length:</source>
        <translation>키 길이(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Selector:</source>
        <translation>선택기(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Private key:</source>
        <translation>개인 키(&amp;P):</translation>
    </message>
    <message>
        <source>Load DKIM private key</source>
        <translation>DKIM 개인 키 불러오기</translation>
    </message>
    <message>
        <source>Key files (*.pem *.key *.txt);;All files (*)</source>
        <translation>키 파일 (*.pem *.key *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>키 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a DKIM key file.</source>
        <translation>%1은(는) DKIM 키 파일이라기에는 너무 큽니다.</translation>
    </message>
    <message>
        <source>Enter a selector: it names the DKIM record (selector._domainkey.domain).</source>
        <translation>선택기를 입력하세요. 선택기는 DKIM 레코드의 이름이 됩니다(selector._domainkey.domain).</translation>
    </message>
    <message>
        <source>The selector must be 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen.</source>
        <translation>선택기는 1~63자의 문자, 숫자 또는 하이픈이어야 하며 하이픈으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>Paste the private key or load it from a file.</source>
        <translation>개인 키를 붙여 넣거나 파일에서 불러오세요.</translation>
    </message>
    <message>
        <source>%1-bit RSA private key. SES receives it without the PEM lines; the DNS record will hold its public key.</source>
        <translation>%1비트 RSA 개인 키입니다. SES에는 PEM 줄 없이 전달되며, DNS 레코드에는 공개 키가 들어갑니다.</translation>
    </message>
</context>
<context>
    <name>Views::DkimSection</name>
    <message>
        <source>2048-bit RSA</source>
        <translation>2048비트 RSA</translation>
    </message>
    <message>
        <source>1024-bit RSA</source>
        <translation>1024비트 RSA</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DKIM status</source>
        <translation>DKIM 상태</translation>
    </message>
    <message>
        <source>What the DKIM status means</source>
        <translation>DKIM 상태의 의미</translation>
    </message>
    <message>
        <source>&amp;Sign mail with DKIM</source>
        <translation>DKIM으로 메일 서명(&amp;S)</translation>
    </message>
    <message>
        <source>Sign mail with DKIM</source>
        <translation>DKIM으로 메일 서명</translation>
    </message>
    <message>
        <source>Turning DKIM signing off is not recommended: mail may land in spam and is easier to spoof.</source>
        <translation>DKIM 서명을 끄는 것은 권장하지 않습니다. 메일이 스팸으로 분류되거나 위조되기 쉬워집니다.</translation>
    </message>
    <message>
        <source>Next DKIM key length</source>
        <translation>다음 DKIM 키 길이</translation>
    </message>
    <message>
        <source>Change &amp;key length</source>
        <translation>키 길이 변경(&amp;K)</translation>
    </message>
    <message>
        <source>Change the DKIM key length</source>
        <translation>DKIM 키 길이 변경</translation>
    </message>
    <message>
        <source>DNS &amp;records…</source>
        <translation>DNS 레코드(&amp;R)…</translation>
    </message>
    <message>
        <source>Show the DNS records</source>
        <translation>DNS 레코드 보기</translation>
    </message>
    <message>
        <source>An address is signed with its domain&apos;s DKIM settings; you can turn signing off for this address only (if the domain signs).</source>
        <translation>주소는 도메인의 DKIM 설정으로 서명됩니다. 도메인이 서명하는 경우 이 주소에 대해서만 서명을 끌 수 있습니다.</translation>
    </message>
    <message>
        <source>Your own key (BYODKIM). To rotate it, publish the new key under a new selector and give SES the new private key.</source>
        <translation>자체 키(BYODKIM)입니다. 키를 교체하려면 새 선택기로 새 키를 게시하고 SES에 새 개인 키를 제공하세요.</translation>
    </message>
    <message>
        <source>Easy DKIM: SES holds the key and rotates it.%1</source>
        <translation>Easy DKIM: SES가 키를 보관하고 교체합니다.%1</translation>
    </message>
    <message>
        <source> Last key generated %1.</source>
        <translation> 마지막 키 생성: %1.</translation>
    </message>
    <message>
        <source>Current key: %1; next key: %2</source>
        <translation>현재 키: %1, 다음 키: %2</translation>
    </message>
    <message>
        <source>This is the length already set; SES refuses a change to the same length.</source>
        <translation>이미 설정된 길이입니다. SES는 같은 길이로의 변경을 거부합니다.</translation>
    </message>
    <message>
        <source>SES allows one key-length change per 24 hours (more only after a change down to 1024 bits).</source>
        <translation>SES는 24시간에 한 번만 키 길이 변경을 허용합니다(1024비트로 낮춘 경우에만 추가 변경 가능).</translation>
    </message>
    <message>
        <source>Turning DKIM signing on failed</source>
        <translation>DKIM 서명을 켜지 못했습니다</translation>
    </message>
    <message>
        <source>Turning DKIM signing off failed</source>
        <translation>DKIM 서명을 끄지 못했습니다</translation>
    </message>
    <message>
        <source>Changing the DKIM key length failed</source>
        <translation>DKIM 키 길이를 변경하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Views::DnsRecordsDialog</name>
    <message>
        <source>Selector:</source>
        <translation>선택기:</translation>
    </message>
    <message>
        <source>Public or private key:</source>
        <translation>공개 키 또는 개인 키:</translation>
    </message>
    <message>
        <source>DNS records — %1</source>
        <translation>DNS 레코드 — %1</translation>
    </message>
    <message>
        <source>Identity and region</source>
        <translation>자격 증명과 리전</translation>
    </message>
    <message>
        <source>This domain signs with its own DKIM key (BYODKIM). SES returns neither the selector nor the public key, so enter them to see the DKIM record: the public key, or the private key it belongs to (it is only read here, never sent).</source>
        <translation>이 도메인은 자체 DKIM 키(BYODKIM)로 서명합니다. SES는 선택기도 공개 키도 돌려주지 않으므로, DKIM 레코드를 보려면 선택기와 공개 키(또는 해당 개인 키—여기서 읽기만 하고 전송하지 않음)를 입력하세요.</translation>
    </message>
    <message>
        <source>BYODKIM selector</source>
        <translation>BYODKIM 선택기</translation>
    </message>
    <message>
        <source>BYODKIM public or private key</source>
        <translation>BYODKIM 공개 키 또는 개인 키</translation>
    </message>
    <message>
        <source>Show the DKIM record</source>
        <translation>DKIM 레코드 보기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1을(를) 읽는 중…</translation>
    </message>
    <message>
        <source>Reading the identity %1 failed</source>
        <translation>자격 증명 %1을(를) 읽지 못했습니다</translation>
    </message>
    <message>
        <source>The DNS records of %1 could not be derived</source>
        <translation>%1의 DNS 레코드를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2. Publish these records in the DNS of %3. SES finds them within 72 hours (usually much sooner); the Status column shows what SES has found so far.</source>
        <translation>%2의 &lt;b&gt;%1&lt;/b&gt;. 이 레코드를 %3의 DNS에 게시하세요. SES는 72시간 이내에(보통 훨씬 빨리) 찾으며, 상태 열에 SES가 지금까지 찾은 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>The key could not be used</source>
        <translation>키를 사용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>Views::DnsRecordsView</name>
    <message>
        <source>DNS records</source>
        <translation>DNS 레코드</translation>
    </message>
    <message>
        <source>Copy &amp;cell</source>
        <translation>셀 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Copy cell</source>
        <translation>셀 복사</translation>
    </message>
    <message>
        <source>Copy the selected cell as it goes into DNS (Ctrl+C)</source>
        <translation>선택한 셀을 DNS에 입력하는 형태로 복사(Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy &amp;record</source>
        <translation>레코드 복사(&amp;R)</translation>
    </message>
    <message>
        <source>Copy record</source>
        <translation>레코드 복사</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>모두 복사(&amp;A)</translation>
    </message>
    <message>
        <source>Copy all records</source>
        <translation>모든 레코드 복사</translation>
    </message>
    <message>
        <source>Copy every record as tab-separated lines (pastes into a spreadsheet)</source>
        <translation>모든 레코드를 탭으로 구분된 줄로 복사(스프레드시트에 붙여 넣기 가능)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>레코드 내보내기</translation>
    </message>
    <message>
        <source>BIND zone-file fragment…</source>
        <translation>BIND 영역 파일 조각…</translation>
    </message>
    <message>
        <source>CSV (as the SES console downloads)…</source>
        <translation>CSV(SES 콘솔 다운로드 형식)…</translation>
    </message>
    <message>
        <source>Route 53 change batch (JSON)…</source>
        <translation>Route 53 변경 배치(JSON)…</translation>
    </message>
    <message>
        <source>Send to DNS &amp;admin…</source>
        <translation>DNS 관리자에게 보내기(&amp;A)…</translation>
    </message>
    <message>
        <source>Send to DNS admin</source>
        <translation>DNS 관리자에게 보내기</translation>
    </message>
    <message>
        <source>Write a mail with these records and instructions in your mail program</source>
        <translation>메일 프로그램에서 이 레코드와 안내가 담긴 메일 작성</translation>
    </message>
    <message>
        <source>&amp;Name server:</source>
        <translation>네임 서버(&amp;N):</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>시스템 리졸버</translation>
    </message>
    <message>
        <source>Name server to ask</source>
        <translation>질의할 네임 서버</translation>
    </message>
    <message>
        <source>Ask this name server (an IP address), for example the domain&apos;s own, to see records before caches expire. Empty: the system&apos;s resolver.</source>
        <translation>캐시가 만료되기 전에 레코드를 보려면 이 네임 서버(IP 주소, 예: 도메인 자체의 네임 서버)에 질의합니다. 비워 두면 시스템 리졸버를 사용합니다.</translation>
    </message>
    <message>
        <source>DNS check progress</source>
        <translation>DNS 확인 진행률</translation>
    </message>
    <message>
        <source>DNS check result</source>
        <translation>DNS 확인 결과</translation>
    </message>
    <message>
        <source>Explanation of the selected record&apos;s check</source>
        <translation>선택한 레코드의 확인 결과 설명</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>확인 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the DNS check</source>
        <translation>DNS 확인 취소</translation>
    </message>
    <message>
        <source>Re-&amp;check</source>
        <translation>다시 확인(&amp;C)</translation>
    </message>
    <message>
        <source>Check &amp;DNS</source>
        <translation>DNS 확인(&amp;D)</translation>
    </message>
    <message>
        <source>Check the DNS again</source>
        <translation>DNS 다시 확인</translation>
    </message>
    <message>
        <source>Check DNS</source>
        <translation>DNS 확인</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>The records could not be written to %1: %2</source>
        <translation>레코드를 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Export as BIND zone-file fragment</source>
        <translation>BIND 영역 파일 조각으로 내보내기</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.txt);;All files (*)</source>
        <translation>영역 파일 (*.zone *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>CSV로 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export as Route 53 change batch</source>
        <translation>Route 53 변경 배치로 내보내기</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 파일 (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter the name server&apos;s IPv4 or IPv6 address, or leave the field empty to use the system&apos;s resolver.</source>
        <translation>“%1”은(는) IP 주소가 아닙니다. 네임 서버의 IPv4 또는 IPv6 주소를 입력하거나, 시스템 리졸버를 사용하려면 비워 두세요.</translation>
    </message>
    <message>
        <source>Checking with the system&apos;s resolver…</source>
        <translation>시스템 리졸버로 확인하는 중…</translation>
    </message>
    <message>
        <source>Checking with the name server %1…</source>
        <translation>네임 서버 %1(으)로 확인하는 중…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>확인을 취소했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n correct</source>
        <translation>
            <numerusform>올바름 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>없음 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a different value</source>
        <translation>
            <numerusform>값이 다름 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookups failed</source>
        <translation>
            <numerusform>조회 실패 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked at %1: %2.</source>
        <translation>%1에 확인: %2.</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>예상 값:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>찾은 값:</translation>
    </message>
    <message>
        <source>Records on the clipboard</source>
        <translation>클립보드의 레코드</translation>
    </message>
    <message>
        <source>The records are too long for a mail link. They are on the clipboard: paste them into the mail that opens.</source>
        <translation>레코드가 메일 링크에 넣기에는 너무 깁니다. 클립보드에 복사했으니 열리는 메일에 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>No mail program</source>
        <translation>메일 프로그램 없음</translation>
    </message>
    <message>
        <source>No mail program could be opened. Use “Copy all” and send the records yourself.</source>
        <translation>메일 프로그램을 열 수 없습니다. “모두 복사”를 사용해 레코드를 직접 보내세요.</translation>
    </message>
</context>
<context>
    <name>Views::EditDedicatedIpCommand</name>
    <message>
        <source>SES refused the change: %1</source>
        <translation>SES가 변경을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Moving %1 to %2…</source>
        <translation>%1을(를) %2(으)로 옮기는 중…</translation>
    </message>
    <message>
        <source>Setting the warm-up of %1 to %2%…</source>
        <translation>%1의 워밍업을 %2%로 설정하는 중…</translation>
    </message>
    <message>
        <source>Setting the warm-up of %1…</source>
        <translation>%1의 워밍업을 설정하는 중…</translation>
    </message>
    <message>
        <source>Reading %1 again…</source>
        <translation>%1을(를) 다시 읽는 중…</translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation>%1을(를) %2(으)로 옮겼습니다</translation>
    </message>
    <message>
        <source>Warm-up of %1 set</source>
        <translation>%1의 워밍업을 설정했습니다</translation>
    </message>
</context>
<context>
    <name>Views::EditEventDestinationCommand</name>
    <message>
        <source>Saving %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <source>Saving the event destination %1…</source>
        <translation>이벤트 대상 %1 저장 중…</translation>
    </message>
    <message>
        <source>Event destination name: %1 already has a destination named &quot;%2&quot;.</source>
        <translation>이벤트 대상 이름: %1에 이름이 &quot;%2&quot;인 대상이 이미 있습니다.</translation>
    </message>
    <message>
        <source>%1 already has the most event destinations SES allows: %2</source>
        <translation>%1에는 이미 SES가 허용하는 최대 개수의 이벤트 대상이 있습니다: %2</translation>
    </message>
    <message>
        <source>SES refused the event destination: %1</source>
        <translation>SES가 이벤트 대상을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Event destination %1 saved</source>
        <translation>이벤트 대상 %1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Event destination %1 added to %2</source>
        <translation>이벤트 대상 %1을(를) %2에 추가했습니다</translation>
    </message>
</context>
<context>
    <name>Views::ErrorBanner</name>
    <message>
        <source>Error code: %1</source>
        <translation>오류 코드: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>메시지: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 상태: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>요청 ID: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the error and its request ID</source>
        <translation>오류와 요청 ID 복사</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>오류 세부 정보 복사</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>오류 닫기</translation>
    </message>
</context>
<context>
    <name>Views::EventDestinationDialog</name>
    <message>
        <source>Event destination name: the configuration set already has a destination named &quot;%1&quot;.</source>
        <translation>이벤트 대상 이름: 구성 세트에 이름이 &quot;%1&quot;인 대상이 이미 있습니다.</translation>
    </message>
    <message>
        <source>Edit event destination %1</source>
        <translation>이벤트 대상 %1 편집</translation>
    </message>
    <message>
        <source>Add an event destination to %1</source>
        <translation>%1에 이벤트 대상 추가</translation>
    </message>
    <message>
        <source>SES publishes the chosen events of mail sent with the configuration set %1 to the destination. Sending must name the set (or use an identity whose default it is).</source>
        <translation>SES는 구성 세트 %1(으)로 보낸 메일의 선택한 이벤트를 이 대상에 게시합니다. 메일을 보낼 때 이 구성 세트를 지정해야 합니다(또는 이 구성 세트가 기본값인 자격 증명을 사용).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Event destination name</source>
        <translation>이벤트 대상 이름</translation>
    </message>
    <message>
        <source>letters, digits, _ and -</source>
        <translation>문자, 숫자, _, -</translation>
    </message>
    <message>
        <source>Destination &amp;type:</source>
        <translation>대상 유형(&amp;T):</translation>
    </message>
    <message>
        <source>Destination type</source>
        <translation>대상 유형</translation>
    </message>
    <message>
        <source>Running totals of events as CloudWatch metrics, for graphs and alarms (CloudWatch charges apply).</source>
        <translation>그래프와 경보에 쓸 수 있도록 이벤트 누계를 CloudWatch 지표로 게시합니다(CloudWatch 요금 부과).</translation>
    </message>
    <message>
        <source>Every event record, streamed to storage or analytics (S3, OpenSearch, Redshift).</source>
        <translation>모든 이벤트 레코드를 스토리지나 분석 서비스(S3, OpenSearch, Redshift)로 스트리밍합니다.</translation>
    </message>
    <message>
        <source>Every event record, as an event on an EventBridge event bus for rules to route.</source>
        <translation>모든 이벤트 레코드를 EventBridge 이벤트 버스의 이벤트로 보내 규칙이 라우팅하게 합니다.</translation>
    </message>
    <message>
        <source>A notification for every event, to email, HTTP endpoints, queues or functions.</source>
        <translation>모든 이벤트에 대해 이메일, HTTP 엔드포인트, 대기열 또는 함수로 알림을 보냅니다.</translation>
    </message>
    <message>
        <source>Events in an Amazon Pinpoint project&apos;s analytics (Pinpoint charges apply; no delivery delay or subscription events).</source>
        <translation>Amazon Pinpoint 프로젝트의 분석에 이벤트를 보냅니다(Pinpoint 요금 부과, 배달 지연 및 구독 이벤트 미지원).</translation>
    </message>
    <message>
        <source>Event &amp;publishing enabled</source>
        <translation>이벤트 게시 사용(&amp;P)</translation>
    </message>
    <message>
        <source>Event publishing enabled</source>
        <translation>이벤트 게시 사용</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>이벤트 유형</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <source>Select all event types</source>
        <translation>모든 이벤트 유형 선택</translation>
    </message>
    <message>
        <source>Delivery &amp;stream ARN:</source>
        <translation>전송 스트림 ARN(&amp;S):</translation>
    </message>
    <message>
        <source>Delivery stream ARN</source>
        <translation>전송 스트림 ARN</translation>
    </message>
    <message>
        <source>&amp;IAM role ARN:</source>
        <translation>IAM 역할 ARN(&amp;I):</translation>
    </message>
    <message>
        <source>IAM role ARN</source>
        <translation>IAM 역할 ARN</translation>
    </message>
    <message>
        <source>The role must allow firehose:PutRecordBatch on the stream and trust ses.amazonaws.com (for this account and configuration set).</source>
        <translation>역할은 스트림에 대해 firehose:PutRecordBatch를 허용하고 (이 계정과 구성 세트에 대해) ses.amazonaws.com을 신뢰해야 합니다.</translation>
    </message>
    <message>
        <source>Event &amp;bus ARN:</source>
        <translation>이벤트 버스 ARN(&amp;B):</translation>
    </message>
    <message>
        <source>Event bus ARN</source>
        <translation>이벤트 버스 ARN</translation>
    </message>
    <message>
        <source>SNS &amp;topic ARN:</source>
        <translation>SNS 주제 ARN(&amp;T):</translation>
    </message>
    <message>
        <source>SNS topic ARN</source>
        <translation>SNS 주제 ARN</translation>
    </message>
    <message>
        <source>A standard topic (SES does not publish to FIFO topics) whose access policy lets ses.amazonaws.com publish (sns:Publish) for this account and configuration set.</source>
        <translation>표준 주제(SES는 FIFO 주제에 게시하지 않음)여야 하며, 액세스 정책이 이 계정과 구성 세트에 대해 ses.amazonaws.com의 게시(sns:Publish)를 허용해야 합니다.</translation>
    </message>
    <message>
        <source>&amp;Project ARN:</source>
        <translation>프로젝트 ARN(&amp;P):</translation>
    </message>
    <message>
        <source>Pinpoint project ARN</source>
        <translation>Pinpoint 프로젝트 ARN</translation>
    </message>
    <message>
        <source>The Amazon Pinpoint project (application) that receives the events.</source>
        <translation>이벤트를 받을 Amazon Pinpoint 프로젝트(애플리케이션)입니다.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add destination</source>
        <translation>대상 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Save event destination</source>
        <translation>이벤트 대상 저장</translation>
    </message>
    <message>
        <source>Add event destination</source>
        <translation>이벤트 대상 추가</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>Views::EventDestinationsView</name>
    <message>
        <source>A configuration set can have at most %1 event destinations.</source>
        <translation>구성 세트에는 이벤트 대상을 최대 %1개까지 둘 수 있습니다.</translation>
    </message>
    <message>
        <source>Publish sending events of this configuration set to another AWS service</source>
        <translation>이 구성 세트의 전송 이벤트를 다른 AWS 서비스에 게시</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>사용 안 함(&amp;B)</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>사용(&amp;B)</translation>
    </message>
    <message>
        <source>Disable event publishing</source>
        <translation>이벤트 게시 사용 안 함</translation>
    </message>
    <message>
        <source>Enable event publishing</source>
        <translation>이벤트 게시 사용</translation>
    </message>
    <message>
        <source>%1 of %2 event destinations</source>
        <translation>이벤트 대상 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Event destinations</source>
        <translation>이벤트 대상</translation>
    </message>
    <message>
        <source>Event destination count</source>
        <translation>이벤트 대상 수</translation>
    </message>
    <message>
        <source>&amp;Add destination…</source>
        <translation>대상 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Add event destination</source>
        <translation>이벤트 대상 추가</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit event destination</source>
        <translation>이벤트 대상 편집</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete event destination</source>
        <translation>이벤트 대상 삭제</translation>
    </message>
</context>
<context>
    <name>Views::ExportChartCommand</name>
    <message>
        <source>Export chart as PNG</source>
        <translation>차트를 PNG로 내보내기</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>차트 데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
</context>
<context>
    <name>Views::ExportSuppressionListCommand</name>
    <message>
        <source>Export suppression list</source>
        <translation>금지 목록 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>The suppression list could not be saved to %1: %2</source>
        <translation>금지 목록을 %1에 저장하지 못했습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n addresses saved to %1.</source>
        <translation>
            <numerusform>주소 %n개를 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are the addresses loaded so far; more are on the list in SES (scroll to the end of the list to load them, then export again).</source>
        <translation>지금까지 불러온 주소입니다. SES의 목록에는 주소가 더 있습니다(목록 끝까지 스크롤해 나머지를 불러온 뒤 다시 내보내세요).</translation>
    </message>
</context>
<context>
    <name>Views::ExportTemplateCommand</name>
    <message>
        <source>Export template</source>
        <translation>템플릿 내보내기</translation>
    </message>
    <message>
        <source>Template JSON (*.json);;All files (*)</source>
        <translation>템플릿 JSON (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The template was not exported:

%1</source>
        <translation>템플릿을 내보내지 않았습니다:

%1</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (aws sesv2 create-email-template --cli-input-json file://%2)</source>
        <translation>%1을(를) %2(으)로 내보냈습니다(aws sesv2 create-email-template --cli-input-json file://%2)</translation>
    </message>
</context>
<context>
    <name>Views::IdentitiesPane</name>
    <message>
        <source>Identities</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <source>Filter identities (Ctrl+F)</source>
        <translation>자격 증명 필터(Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter identities</source>
        <translation>자격 증명 필터</translation>
    </message>
    <message>
        <source>Identity actions</source>
        <translation>자격 증명 작업</translation>
    </message>
    <message>
        <source>Identity count</source>
        <translation>자격 증명 수</translation>
    </message>
    <message>
        <source>No identities</source>
        <translation>자격 증명 없음</translation>
    </message>
    <message>
        <source>Create identity…</source>
        <translation>자격 증명 생성…</translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation>자격 증명 생성</translation>
    </message>
    <message>
        <source>There are no identities in %1 yet. Verify a domain or an email address to send mail from it.</source>
        <translation>%1에 아직 자격 증명이 없습니다. 메일을 보내려면 도메인이나 이메일 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>Loading the identities failed</source>
        <translation>자격 증명을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Loading more identities failed</source>
        <translation>자격 증명을 더 불러오지 못했습니다</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n identities match the filter</source>
        <translation>
            <numerusform>자격 증명 %n개 중 %1개가 필터와 일치</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation>
            <numerusform>자격 증명 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source> — more load as you scroll</source>
        <translation> — 스크롤하면 더 불러옵니다</translation>
    </message>
    <message>
        <source>Deleting %1 failed</source>
        <translation>%1을(를) 삭제하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Views::IdentityActions</name>
    <message>
        <source>&amp;Create identity…</source>
        <translation>자격 증명 생성(&amp;C)…</translation>
    </message>
    <message>
        <source>Verify a new domain or email address (Ctrl+N)</source>
        <translation>새 도메인 또는 이메일 주소 확인(Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>세부 정보(&amp;D)…</translation>
    </message>
    <message>
        <source>Verification, DKIM, MAIL FROM, feedback and tags of the identity (Ctrl+I)</source>
        <translation>자격 증명의 확인, DKIM, MAIL FROM, 피드백 및 태그(Ctrl+I)</translation>
    </message>
    <message>
        <source>DNS &amp;records…</source>
        <translation>DNS 레코드(&amp;R)…</translation>
    </message>
    <message>
        <source>The DNS records this identity needs, with a DNS check (Ctrl+D)</source>
        <translation>이 자격 증명에 필요한 DNS 레코드와 DNS 확인(Ctrl+D)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected identities (Del)</source>
        <translation>선택한 자격 증명 삭제(Del)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>List the identities again (F5)</source>
        <translation>자격 증명 다시 불러오기(F5)</translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation>테스트 이메일 보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>Send a test email from the selected verified identity (Ctrl+T)</source>
        <translation>선택한 확인된 자격 증명에서 테스트 이메일 보내기(Ctrl+T)</translation>
    </message>
    <message>
        <source>Cop&amp;y name</source>
        <translation>이름 복사(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the selected identities&apos; names (Ctrl+C)</source>
        <translation>선택한 자격 증명의 이름 복사(Ctrl+C)</translation>
    </message>
</context>
<context>
    <name>Views::IdentityDetailsDialog</name>
    <message>
        <source>Identity — %1</source>
        <translation>자격 증명 — %1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>자격 증명</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Reading the identity %1 failed</source>
        <translation>자격 증명 %1을(를) 읽지 못했습니다</translation>
    </message>
    <message>
        <source>&lt;p&gt;In DNS and SES: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;DNS와 SES에서: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 in %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%2의 %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Views::IdentityNamePage</name>
    <message>
        <source>&amp;Domain</source>
        <translation>도메인(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Email address</source>
        <translation>이메일 주소(&amp;E)</translation>
    </message>
    <message>
        <source>Domain or email address</source>
        <translation>도메인 또는 이메일 주소</translation>
    </message>
    <message>
        <source>A verified domain lets you send from any address in it; a verified address only from itself.</source>
        <translation>확인된 도메인에서는 그 도메인의 모든 주소로 보낼 수 있고, 확인된 주소에서는 그 주소로만 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>이메일 주소</translation>
    </message>
    <message>
        <source>Name sent to SES</source>
        <translation>SES로 보내는 이름</translation>
    </message>
    <message>
        <source>Name as people read it</source>
        <translation>사람이 읽는 이름</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>이름의 문제</translation>
    </message>
    <message>
        <source>Identity type:</source>
        <translation>자격 증명 유형:</translation>
    </message>
    <message>
        <source>Sent to SES as:</source>
        <translation>SES로 보내는 형태:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>표시 형태:</translation>
    </message>
    <message>
        <source>Do&amp;main:</source>
        <translation>도메인(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>example.com or bücher.example</source>
        <translation>example.com 또는 bücher.example</translation>
    </message>
    <message>
        <source>sender@example.com</source>
        <translation>sender@example.com</translation>
    </message>
    <message>
        <source>Enter the domain itself (example.com, not www.example.com). SES then shows the DNS records to publish; verification takes up to 72 hours.</source>
        <translation>도메인 자체를 입력하세요(www.example.com이 아니라 example.com). 그러면 게시할 DNS 레코드가 표시되며, 확인에는 최대 72시간이 걸립니다.</translation>
    </message>
    <message>
        <source>SES sends a mail with a link to this address; the link must be clicked within 24 hours. Addresses are case-sensitive.</source>
        <translation>SES가 이 주소로 링크가 담긴 메일을 보내며, 링크는 24시간 이내에 클릭해야 합니다. 주소는 대소문자를 구분합니다.</translation>
    </message>
    <message>
        <source>This is an email address. Choose “Email address” above, or enter a domain.</source>
        <translation>이메일 주소입니다. 위에서 “이메일 주소”를 선택하거나 도메인을 입력하세요.</translation>
    </message>
    <message>
        <source>This is a domain. Choose “Domain” above, or enter an email address.</source>
        <translation>도메인입니다. 위에서 “도메인”을 선택하거나 이메일 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Note: verify the domain itself (%1), not its www host, or verification fails.</source>
        <translation>참고: www 호스트가 아니라 도메인 자체(%1)를 확인하세요. 그렇지 않으면 확인에 실패합니다.</translation>
    </message>
</context>
<context>
    <name>Views::IdentityOptionsPage</name>
    <message>
        <source>Default configuration set and tags (optional)</source>
        <translation>기본 구성 세트와 태그(선택 사항)</translation>
    </message>
    <message>
        <source>SES applies the default configuration set to mail from this identity that names none.</source>
        <translation>SES는 구성 세트를 지정하지 않은 이 자격 증명의 메일에 기본 구성 세트를 적용합니다.</translation>
    </message>
    <message>
        <source>Default configuration set</source>
        <translation>기본 구성 세트</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Default &amp;configuration set:</source>
        <translation>기본 구성 세트(&amp;C):</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>태그:</translation>
    </message>
    <message>
        <source>Listing the configuration sets…</source>
        <translation>구성 세트 목록을 불러오는 중…</translation>
    </message>
    <message>
        <source>This account has no configuration sets in this region yet.</source>
        <translation>이 계정에는 이 리전의 구성 세트가 아직 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n configuration sets in this region.</source>
        <translation>
            <numerusform>이 리전의 구성 세트 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>The configuration sets could not be listed (%1); you can still type a name.</source>
        <translation>구성 세트 목록을 불러오지 못했습니다(%1). 이름을 직접 입력할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Views::IdentitySummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Finish creates the identity in SES.</source>
        <translation>마침을 누르면 SES에 자격 증명이 만들어집니다.</translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation>만들 항목</translation>
    </message>
    <message>
        <source>Creation status</source>
        <translation>생성 상태</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>이메일 주소</translation>
    </message>
    <message>
        <source>Sent to SES as</source>
        <translation>SES로 보내는 형태</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>Easy DKIM, %1</source>
        <translation>Easy DKIM, %1</translation>
    </message>
    <message>
        <source>1024-bit key</source>
        <translation>1024비트 키</translation>
    </message>
    <message>
        <source>2048-bit key</source>
        <translation>2048비트 키</translation>
    </message>
    <message>
        <source>Your own %1-bit key, selector %2</source>
        <translation>자체 %1비트 키, 선택기 %2</translation>
    </message>
    <message>
        <source>Custom MAIL FROM</source>
        <translation>사용자 지정 MAIL FROM</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>%1; if its MX record is missing: %2</source>
        <translation>%1, MX 레코드가 없으면: %2</translation>
    </message>
    <message>
        <source>reject the message</source>
        <translation>메시지 거부</translation>
    </message>
    <message>
        <source>use the default MAIL FROM domain</source>
        <translation>기본 MAIL FROM 도메인 사용</translation>
    </message>
    <message>
        <source>Default configuration set</source>
        <translation>기본 구성 세트</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Next, SesDesk shows the DNS records to publish. SES looks for them for up to 72 hours.</source>
        <translation>다음으로 SesDesk가 게시할 DNS 레코드를 보여 줍니다. SES는 최대 72시간 동안 레코드를 찾습니다.</translation>
    </message>
    <message>
        <source>SES then sends a verification mail to the address; its link must be clicked within 24 hours.</source>
        <translation>그다음 SES가 주소로 확인 메일을 보내며, 링크는 24시간 이내에 클릭해야 합니다.</translation>
    </message>
</context>
<context>
    <name>Views::ImportSuppressionListCommand</name>
    <message>
        <source>Import addresses to the suppression list</source>
        <translation>금지 목록으로 주소 가져오기</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 또는 텍스트 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1을(를) 읽는 중…</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more lines</source>
        <translation>
            <numerusform>…외 %n줄</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>가져오기 실패</translation>
    </message>
    <message>
        <source>%1 holds no address that can be imported.</source>
        <translation>%1에 가져올 수 있는 주소가 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>가져올 주소 없음</translation>
    </message>
    <message numerus="yes">
        <source>Add %n addresses from %1 to the suppression list of %2?</source>
        <translation>
            <numerusform>%1의 주소 %n개를 %2의 금지 목록에 추가할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines cannot be imported and are skipped:</source>
        <translation>
            <numerusform>다음 %n줄은 가져올 수 없어 건너뜁니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines repeat an address read before and are skipped.</source>
        <translation>
            <numerusform>%n줄은 앞에서 읽은 주소와 중복되어 건너뜁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import to suppression list</source>
        <translation>금지 목록으로 가져오기</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n addresses</source>
        <translation>
            <numerusform>주소 %n개를 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>%1 가져오는 중(%3개 중 %2번째)…</translation>
    </message>
    <message>
        <source>The addresses not imported could not be saved: %1</source>
        <translation>가져오지 못한 주소를 저장할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 of %n addresses from %2 into the suppression list of %3.</source>
        <translation>
            <numerusform>%2의 주소 %n개 중 %1개를 %3의 금지 목록으로 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n addresses were not tried.</source>
        <translation>
            <numerusform>가져오기가 취소되어 주소 %n개는 시도하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import stopped because SES answered %1; %n addresses were not tried.</source>
        <translation>
            <numerusform>SES가 %1(으)로 응답하여 가져오기가 중단되었습니다. 주소 %n개는 시도하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first of them is on line %1 of %2.</source>
        <translation>그중 첫 번째 주소는 %2의 %1번째 줄에 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SES refused %n addresses:</source>
        <translation>
            <numerusform>SES가 주소 %n개를 거부했습니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the file were skipped:</source>
        <translation>
            <numerusform>파일에서 %n줄을 건너뛰었습니다:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n addresses not imported are saved in %1, ready to import again.</source>
        <translation>
            <numerusform>가져오지 못한 주소 %n개를 %1에 저장했습니다. 이 파일로 다시 가져올 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addresses imported into the suppression list</source>
        <translation>
            <numerusform>주소 %n개를 금지 목록으로 가져왔습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>가져오기 완료</translation>
    </message>
    <message>
        <source>Import finished with problems</source>
        <translation>가져오기 완료(문제 있음)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>가져오기 취소됨</translation>
    </message>
</context>
<context>
    <name>Views::ImportTemplateCommand</name>
    <message>
        <source>Import template</source>
        <translation>템플릿 가져오기</translation>
    </message>
    <message>
        <source>Template JSON (*.json);;All files (*)</source>
        <translation>템플릿 JSON (*.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>The file cannot be imported:

%1</source>
        <translation>파일을 가져올 수 없습니다:

%1</translation>
    </message>
    <message>
        <source>Imported %1 from %2; review it and save</source>
        <translation>%2에서 %1을(를) 가져왔습니다. 검토한 뒤 저장하세요</translation>
    </message>
</context>
<context>
    <name>Views::JsonDataEdit</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>%1번째 줄, %2번째 열: %3</translation>
    </message>
    <message>
        <source>Line 1, column 1: the data must be a JSON object, such as {&quot;name&quot;: &quot;Ana&quot;}.</source>
        <translation>1번째 줄, 1번째 열: 데이터는 {&quot;name&quot;: &quot;Ana&quot;} 같은 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <source>No data: every variable renders empty.</source>
        <translation>데이터 없음: 모든 변수가 빈 값으로 렌더링됩니다.</translation>
    </message>
    <message>
        <source>Valid JSON.</source>
        <translation>올바른 JSON입니다.</translation>
    </message>
</context>
<context>
    <name>Views::MailFromPage</name>
    <message>
        <source>&amp;Use a custom MAIL FROM domain</source>
        <translation>사용자 지정 MAIL FROM 도메인 사용(&amp;U)</translation>
    </message>
    <message>
        <source>Use the &amp;default MAIL FROM domain (amazonses.com)</source>
        <translation>기본 MAIL FROM 도메인 사용(amazonses.com)(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reject the message (SES answers MailFromDomainNotVerified)</source>
        <translation>메시지 거부(SES가 MailFromDomainNotVerified로 응답)(&amp;R)</translation>
    </message>
    <message>
        <source>Custom MAIL FROM domain (optional)</source>
        <translation>사용자 지정 MAIL FROM 도메인(선택 사항)</translation>
    </message>
    <message>
        <source>Bounces return to this subdomain, and SPF then aligns with your domain for DMARC. It needs an MX and an SPF record; use it for nothing else: no sending from it, no receiving mail at it.</source>
        <translation>반송 메일이 이 하위 도메인으로 돌아오며, SPF가 DMARC를 위해 도메인과 정렬됩니다. MX 레코드와 SPF 레코드가 필요하며, 다른 용도로는 사용하지 마세요. 이 도메인에서 메일을 보내거나 받지 마세요.</translation>
    </message>
    <message>
        <source>Use a custom MAIL FROM domain</source>
        <translation>사용자 지정 MAIL FROM 도메인 사용</translation>
    </message>
    <message>
        <source>MAIL FROM subdomain</source>
        <translation>MAIL FROM 하위 도메인</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>mail</translation>
    </message>
    <message>
        <source>MAIL FROM domain</source>
        <translation>MAIL FROM 도메인</translation>
    </message>
    <message>
        <source>On MX failure use the default MAIL FROM domain</source>
        <translation>MX 실패 시 기본 MAIL FROM 도메인 사용</translation>
    </message>
    <message>
        <source>On MX failure reject the message</source>
        <translation>MX 실패 시 메시지 거부</translation>
    </message>
    <message>
        <source>&amp;Subdomain:</source>
        <translation>하위 도메인(&amp;S):</translation>
    </message>
    <message>
        <source>MAIL FROM domain:</source>
        <translation>MAIL FROM 도메인:</translation>
    </message>
    <message>
        <source>When SES cannot find the MX record:</source>
        <translation>SES가 MX 레코드를 찾지 못할 때:</translation>
    </message>
    <message>
        <source>Enter the subdomain, for example “mail” for mail.%1.</source>
        <translation>하위 도메인을 입력하세요. 예: mail.%1이면 “mail”.</translation>
    </message>
    <message>
        <source>“%1” is not a valid subdomain: use letters, digits and hyphens, labels separated by dots.</source>
        <translation>“%1”은(는) 올바른 하위 도메인이 아닙니다. 문자, 숫자, 하이픈을 사용하고 레이블은 점으로 구분하세요.</translation>
    </message>
    <message>
        <source>The MAIL FROM domain must be a subdomain, not the domain itself.</source>
        <translation>MAIL FROM 도메인은 도메인 자체가 아니라 하위 도메인이어야 합니다.</translation>
    </message>
    <message>
        <source>Do not use the www host: the MAIL FROM domain must not be used for anything else.</source>
        <translation>www 호스트는 사용하지 마세요. MAIL FROM 도메인은 다른 용도로 사용하면 안 됩니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>Views::MailFromSection</name>
    <message>
        <source>MAIL FROM &amp;domain:</source>
        <translation>MAIL FROM 도메인(&amp;D):</translation>
    </message>
    <message>
        <source>On MX &amp;failure:</source>
        <translation>MX 실패 시(&amp;F):</translation>
    </message>
    <message>
        <source>Custom MAIL FROM domain</source>
        <translation>사용자 지정 MAIL FROM 도메인</translation>
    </message>
    <message>
        <source>MAIL FROM status</source>
        <translation>MAIL FROM 상태</translation>
    </message>
    <message>
        <source>MAIL FROM domain</source>
        <translation>MAIL FROM 도메인</translation>
    </message>
    <message>
        <source>none (SES uses a subdomain of amazonses.com)</source>
        <translation>없음(SES가 amazonses.com의 하위 도메인 사용)</translation>
    </message>
    <message>
        <source>Behaviour on MX failure</source>
        <translation>MX 실패 시 동작</translation>
    </message>
    <message>
        <source>Use the default MAIL FROM domain</source>
        <translation>기본 MAIL FROM 도메인 사용</translation>
    </message>
    <message>
        <source>Reject the message</source>
        <translation>메시지 거부</translation>
    </message>
    <message>
        <source>&amp;Save MAIL FROM</source>
        <translation>MAIL FROM 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the MAIL FROM domain</source>
        <translation>MAIL FROM 도메인 저장</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>제거(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the custom MAIL FROM domain</source>
        <translation>사용자 지정 MAIL FROM 도메인 제거</translation>
    </message>
    <message>
        <source>No custom MAIL FROM domain: bounces go to a subdomain of amazonses.com, and SPF does not align with your domain for DMARC.</source>
        <translation>사용자 지정 MAIL FROM 도메인이 없습니다. 반송 메일은 amazonses.com의 하위 도메인으로 가며, SPF가 DMARC를 위해 도메인과 정렬되지 않습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verified&lt;/b&gt;: SES uses %1 and keeps checking its MX record.</source>
        <translation>&lt;b&gt;확인됨&lt;/b&gt;: SES가 %1을(를) 사용하며 MX 레코드를 계속 확인합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pending&lt;/b&gt;: SES looks for the MX record of %1 for up to 72 hours; until then it uses the default MAIL FROM domain.</source>
        <translation>&lt;b&gt;대기 중&lt;/b&gt;: SES가 최대 72시간 동안 %1의 MX 레코드를 찾으며, 그동안 기본 MAIL FROM 도메인을 사용합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Temporary failure&lt;/b&gt;: SES cannot find the MX record of %1 now and retries for 72 hours; meanwhile it uses the default MAIL FROM domain.</source>
        <translation>&lt;b&gt;일시적 실패&lt;/b&gt;: SES가 지금 %1의 MX 레코드를 찾을 수 없어 72시간 동안 다시 시도하며, 그동안 기본 MAIL FROM 도메인을 사용합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Failed&lt;/b&gt;: SES did not find the MX record of %1 and stopped checking. Correct the records, then save the domain again to restart.</source>
        <translation>&lt;b&gt;실패&lt;/b&gt;: SES가 %1의 MX 레코드를 찾지 못해 확인을 중단했습니다. 레코드를 수정한 다음 도메인을 다시 저장하여 다시 시작하세요.</translation>
    </message>
    <message>
        <source>“%1” is not a valid domain name.</source>
        <translation>“%1”은(는) 올바른 도메인 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>The MAIL FROM domain must be a subdomain of %1, such as mail.%1.</source>
        <translation>MAIL FROM 도메인은 mail.%1처럼 %1의 하위 도메인이어야 합니다.</translation>
    </message>
    <message>
        <source>Saving the MAIL FROM domain failed</source>
        <translation>MAIL FROM 도메인을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Removing the MAIL FROM domain failed</source>
        <translation>MAIL FROM 도메인을 제거하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Views::MainWindow</name>
    <message>
        <source>SesDesk</source>
        <translation>SesDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the current pane (F5)</source>
        <translation>현재 창을 다시 불러오기(F5)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <source>Focus the current pane&apos;s filter</source>
        <translation>현재 창의 필터로 이동</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>프로필(&amp;P)…</translation>
    </message>
    <message>
        <source>Create and edit SesDesk profiles; list the AWS CLI&apos;s</source>
        <translation>SesDesk 프로필을 만들고 편집합니다. AWS CLI 프로필도 보여 줍니다</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>환경 설정(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Activity log</source>
        <translation>활동 로그(&amp;A)</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>창 목록</translation>
    </message>
    <message>
        <source>Current pane</source>
        <translation>현재 창</translation>
    </message>
    <message>
        <source>Could not connect to %1 in %2</source>
        <translation>%2의 %1에 연결하지 못했습니다</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>Send &amp;test email…</source>
        <translation>테스트 이메일 보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>Send a test email to the SES mailbox simulator from a verified identity</source>
        <translation>확인된 자격 증명에서 SES 메일박스 시뮬레이터로 테스트 이메일 보내기</translation>
    </message>
</context>
<context>
    <name>Views::MoveDedicatedIpDialog</name>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message>
        <source>Move the dedicated IP %1 out of %2 into:</source>
        <translation>전용 IP %1을(를) %2에서 다음 풀로 이동:</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>풀(&amp;P):</translation>
    </message>
    <message>
        <source>Destination pool</source>
        <translation>이동할 풀</translation>
    </message>
    <message>
        <source>An IP belongs to one pool at a time. Mail of configuration sets using the old pool no longer goes out through it; the IP keeps its warm-up. ses-default-dedicated-pool holds the IPs in no other pool.</source>
        <translation>IP는 한 번에 하나의 풀에만 속합니다. 이전 풀을 사용하는 구성 세트의 메일은 더 이상 이 IP로 나가지 않으며, IP의 워밍업 상태는 유지됩니다. ses-default-dedicated-pool에는 다른 풀에 속하지 않은 IP가 들어 있습니다.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>이동(&amp;M)</translation>
    </message>
    <message>
        <source>Move the IP</source>
        <translation>IP 이동</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Views::OptionsSection</name>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 저장</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>%1 되돌리기</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>%1의 문제</translation>
    </message>
</context>
<context>
    <name>Views::Pane</name>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>Not connected. Choose a profile and region in the toolbar.</source>
        <translation>연결되지 않았습니다. 도구 모음에서 프로필과 리전을 선택하세요.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The %1 pane has unsaved changes. Discard them?</source>
        <translation>%1 창에 저장하지 않은 변경 사항이 있습니다. 버릴까요?</translation>
    </message>
</context>
<context>
    <name>Views::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
</context>
<context>
    <name>Views::PreviewTemplateCommand</name>
    <message>
        <source>Uploading the edits for rendering…</source>
        <translation>렌더링을 위해 편집 내용을 업로드하는 중…</translation>
    </message>
    <message>
        <source>Rendering through SES…</source>
        <translation>SES로 렌더링하는 중…</translation>
    </message>
    <message>
        <source>Removing the temporary template…</source>
        <translation>임시 템플릿을 제거하는 중…</translation>
    </message>
</context>
<context>
    <name>Views::ProductionAccessDialog</name>
    <message>
        <source>Acknowledgement: confirm that you send only to recipients who asked for your mail.</source>
        <translation>동의: 메일을 요청한 수신자에게만 보낸다는 데 동의해 주세요.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Submit request</source>
        <translation>요청 제출</translation>
    </message>
</context>
<context>
    <name>Views::ProfileDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The Local Sandbox runs inside SesDesk with its own keys; nothing to set up.</source>
        <translation>로컬 샌드박스는 자체 키로 SesDesk 안에서 실행되므로 설정할 것이 없습니다.</translation>
    </message>
    <message>
        <source>This profile comes from the AWS CLI&apos;s files in ~/.aws. Edit it there (aws configure).</source>
        <translation>이 프로필은 ~/.aws에 있는 AWS CLI 파일에서 가져왔습니다. 그곳에서 수정하세요(aws configure).</translation>
    </message>
    <message>
        <source>Stored; type a new key to replace it</source>
        <translation>저장됨. 바꾸려면 새 키를 입력하세요</translation>
    </message>
    <message>
        <source>Secret access key: the keyring refused it (%1).</source>
        <translation>비밀 액세스 키: 키링이 저장을 거부했습니다(%1).</translation>
    </message>
    <message>
        <source>No keyring is available on this desktop, so the secret access key is kept in memory only until SesDesk quits. You will be asked for it again next time.</source>
        <translation>이 데스크톱에는 키링이 없어서 비밀 액세스 키를 SesDesk를 종료할 때까지만 메모리에 보관합니다. 다음에 다시 입력해야 합니다.</translation>
    </message>
    <message>
        <source>The secret access key is stored in the desktop keyring.</source>
        <translation>비밀 액세스 키를 데스크톱 키링에 저장했습니다.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>프로필 삭제</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its secret access key?</source>
        <translation>프로필 “%1”과(와) 비밀 액세스 키를 삭제할까요?</translation>
    </message>
    <message>
        <source>Kept in the desktop keyring; SesDesk never shows it again.</source>
        <translation>데스크톱 키링에 보관되며 SesDesk는 다시 표시하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Views::PutConfigurationSetOptionsCommand</name>
    <message>
        <source>delivery options</source>
        <translation>배달 옵션</translation>
    </message>
    <message>
        <source>reputation options</source>
        <translation>평판 옵션</translation>
    </message>
    <message>
        <source>sending status</source>
        <translation>전송 상태</translation>
    </message>
    <message>
        <source>suppression options</source>
        <translation>금지 목록 옵션</translation>
    </message>
    <message>
        <source>tracking options</source>
        <translation>추적 옵션</translation>
    </message>
    <message>
        <source>Virtual Deliverability Manager options</source>
        <translation>Virtual Deliverability Manager 옵션</translation>
    </message>
    <message>
        <source>Saving the %1 of %2 failed</source>
        <translation>%2의 %1을(를) 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Pause sending for %1</source>
        <translation>%1의 전송 일시 중지</translation>
    </message>
    <message>
        <source>Pause sending for the configuration set %1?

SES refuses every message sent with it (SendingPausedException), also from identities whose default it is, until sending is enabled again.</source>
        <translation>구성 세트 %1의 전송을 일시 중지할까요?

전송을 다시 사용할 때까지 SES는 이 구성 세트로 보내는 모든 메시지를 거부합니다(SendingPausedException). 이 구성 세트가 기본값인 자격 증명에서 보내는 메시지도 마찬가지입니다.</translation>
    </message>
    <message>
        <source>Saving the %1 of %2…</source>
        <translation>%2의 %1을(를) 저장하는 중…</translation>
    </message>
    <message>
        <source>Saved the %1 of %2</source>
        <translation>%2의 %1을(를) 저장했습니다</translation>
    </message>
</context>
<context>
    <name>Views::RemoveSuppressedDestinationsCommand</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n addresses from the suppression list of %1?</source>
        <translation>
            <numerusform>%1의 금지 목록에서 주소 %n개를 제거할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>SES sends to them again. If an address still bounces or complains, SES puts it back on the list and the bounce or complaint counts against the account&apos;s reputation.</source>
        <translation>SES가 이 주소로 다시 메일을 보냅니다. 주소에서 여전히 반송 메일이나 수신 거부가 발생하면 SES가 주소를 목록에 다시 추가하며, 그 반송 메일이나 수신 거부는 계정 평판에 불리하게 반영됩니다.</translation>
    </message>
    <message>
        <source>Remove from suppression list</source>
        <translation>금지 목록에서 제거</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n addresses</source>
        <translation>
            <numerusform>주소 %n개를 제거했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addresses removed from the suppression list</source>
        <translation>
            <numerusform>금지 목록에서 주소 %n개를 제거했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 제거 중…</translation>
    </message>
</context>
<context>
    <name>Views::RenameTemplateCommand</name>
    <message>
        <source>New name for the template &quot;%1&quot;:</source>
        <translation>템플릿 &quot;%1&quot;의 새 이름:</translation>
    </message>
    <message>
        <source>Name of the copy of &quot;%1&quot;:</source>
        <translation>&quot;%1&quot; 사본의 이름:</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>템플릿 이름 바꾸기</translation>
    </message>
    <message>
        <source>Duplicate template</source>
        <translation>템플릿 복제</translation>
    </message>
    <message>
        <source>SES cannot rename a template. SesDesk will create &quot;%1&quot; with the content and tags of &quot;%2&quot;, then delete &quot;%2&quot;. Anything that sends with the name &quot;%2&quot; stops working.</source>
        <translation>SES는 템플릿 이름을 바꿀 수 없습니다. SesDesk가 &quot;%2&quot;의 내용과 태그로 &quot;%1&quot;을(를) 만든 다음 &quot;%2&quot;을(를) 삭제합니다. &quot;%2&quot; 이름으로 메일을 보내는 모든 것이 작동하지 않게 됩니다.</translation>
    </message>
    <message>
        <source>Reading template %1…</source>
        <translation>템플릿 %1을(를) 읽는 중…</translation>
    </message>
    <message>
        <source>Creating template %1…</source>
        <translation>템플릿 %1을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>Renamed from %1</source>
        <translation>%1에서 이름을 바꿈</translation>
    </message>
    <message>
        <source>Copied from %1</source>
        <translation>%1에서 복사함</translation>
    </message>
    <message>
        <source>Copied template %1 to %2</source>
        <translation>템플릿 %1을(를) %2(으)로 복사했습니다</translation>
    </message>
    <message>
        <source>Deleting template %1…</source>
        <translation>템플릿 %1 삭제 중…</translation>
    </message>
    <message>
        <source>Renamed template %1 to %2</source>
        <translation>템플릿 %1의 이름을 %2(으)로 바꿨습니다</translation>
    </message>
</context>
<context>
    <name>Views::ReputationOptionsSection</name>
    <message>
        <source>Last fresh start: %1</source>
        <translation>마지막 새로운 시작: %1</translation>
    </message>
    <message>
        <source>Last fresh start: never (the metrics have not been reset)</source>
        <translation>마지막 새로운 시작: 없음(지표가 재설정된 적 없음)</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>평판</translation>
    </message>
    <message>
        <source>&amp;Reputation metrics enabled</source>
        <translation>평판 지표 사용(&amp;R)</translation>
    </message>
    <message>
        <source>Reputation metrics enabled</source>
        <translation>평판 지표 사용</translation>
    </message>
    <message>
        <source>SES publishes the bounce and complaint rates of mail sent with this configuration set to CloudWatch, where alarms can watch them (CloudWatch charges apply).</source>
        <translation>SES가 이 구성 세트로 보낸 메일의 반송률과 수신 거부율을 CloudWatch에 게시하며, 경보로 이를 모니터링할 수 있습니다(CloudWatch 요금 부과).</translation>
    </message>
    <message>
        <source>Last fresh start</source>
        <translation>마지막 새로운 시작</translation>
    </message>
</context>
<context>
    <name>Views::ReputationSummaryView</name>
    <message>
        <source>%1 at %2; review at %3, sending may be paused at %4</source>
        <translation>%1(%2 기준). %3부터 검토, %4부터 전송이 일시 중지될 수 있음</translation>
    </message>
    <message>
        <source>No data in this range. Review at %1, sending may be paused at %2.</source>
        <translation>이 범위에 데이터가 없습니다. %1부터 검토, %2부터 전송이 일시 중지될 수 있습니다.</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>검토 중</translation>
    </message>
    <message>
        <source>Sending paused</source>
        <translation>전송 일시 중지됨</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Enforcement status</source>
        <translation>시행 상태</translation>
    </message>
    <message>
        <source>Create alarm…</source>
        <translation>경보 생성…</translation>
    </message>
    <message>
        <source>Create CloudWatch alarms at the review levels</source>
        <translation>검토 수준에서 CloudWatch 경보 생성</translation>
    </message>
    <message>
        <source>Creates CloudWatch alarms on the bounce rate (5%) and complaint rate (0.1%), after showing them.</source>
        <translation>반송률(5%)과 수신 거부율(0.1%)에 대한 CloudWatch 경보를 미리 보여 준 뒤 생성합니다.</translation>
    </message>
</context>
<context>
    <name>Views::RequestProductionAccessCommand</name>
    <message>
        <source>Sending the production-access request…</source>
        <translation>프로덕션 액세스 요청을 보내는 중…</translation>
    </message>
    <message>
        <source>Production access requested; AWS reviews it, usually within 24 hours</source>
        <translation>프로덕션 액세스를 요청했습니다. AWS는 보통 24시간 안에 검토합니다</translation>
    </message>
</context>
<context>
    <name>Views::SaveTemplateCommand</name>
    <message>
        <source>Template has problems</source>
        <translation>템플릿에 문제가 있음</translation>
    </message>
    <message numerus="yes">
        <source>The checks found %n problem(s) SES is likely to reject:</source>
        <translation>
            <numerusform>검사에서 SES가 거부할 가능성이 높은 문제를 %n개 찾았습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send it to SES anyway?</source>
        <translation>그래도 SES로 보낼까요?</translation>
    </message>
    <message>
        <source>Creating template %1…</source>
        <translation>템플릿 %1을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>Saving template %1…</source>
        <translation>템플릿 %1을(를) 저장하는 중…</translation>
    </message>
    <message>
        <source>Saved template %1 (local version %2)</source>
        <translation>템플릿 %1을(를) 저장했습니다(로컬 버전 %2)</translation>
    </message>
    <message>
        <source>Saved template %1</source>
        <translation>템플릿 %1을(를) 저장했습니다</translation>
    </message>
</context>
<context>
    <name>Views::SendTestEmailCommand</name>
    <message>
        <source>No verified identity can send yet: verify an email address or a domain first.</source>
        <translation>아직 메일을 보낼 수 있는 확인된 자격 증명이 없습니다. 먼저 이메일 주소나 도메인을 확인하세요.</translation>
    </message>
    <message>
        <source>Listing the verified identities failed: %1</source>
        <translation>확인된 자격 증명 목록을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>%1(으)로 보내는 중…</translation>
    </message>
    <message>
        <source>Sending a test email…</source>
        <translation>테스트 이메일을 보내는 중…</translation>
    </message>
    <message>
        <source>Test email sent: %1</source>
        <translation>테스트 이메일을 보냈습니다: %1</translation>
    </message>
    <message>
        <source>Sending to every scenario…</source>
        <translation>모든 시나리오로 보내는 중…</translation>
    </message>
    <message>
        <source>Sending to every scenario: %1 of %2…</source>
        <translation>모든 시나리오로 보내는 중: %2개 중 %1개…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>중지했습니다.</translation>
    </message>
    <message>
        <source>Sent one message to each scenario.</source>
        <translation>각 시나리오로 메시지를 하나씩 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>Views::SendTestEmailDialog</name>
    <message>
        <source>Template data: %1</source>
        <translation>템플릿 데이터: %1</translation>
    </message>
    <message>
        <source>SES accepted the message to %1. Message ID: %2</source>
        <translation>SES가 %1(으)로 보내는 메시지를 수락했습니다. 메시지 ID: %2</translation>
    </message>
    <message>
        <source>SES refused the message: %1</source>
        <translation>SES가 메시지를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(요청 ID %1)</translation>
    </message>
    <message>
        <source>Paste the whole message, headers included. SES sends it as it is (adding its own Message-ID and Date); the recipient above is the envelope recipient.</source>
        <translation>헤더를 포함한 전체 메시지를 붙여 넣으세요. SES는 메시지를 그대로 보냅니다(자체 Message-ID와 Date 추가). 위의 수신자는 봉투 수신자입니다.</translation>
    </message>
    <message>
        <source>Local Sandbox: the outcome of each message (delivered, bounced with its SMTP status, complaint, auto-reply) comes from the Sandbox&apos;s captured mail.</source>
        <translation>로컬 샌드박스: 각 메시지의 결과(배달, SMTP 상태가 포함된 반송, 수신 거부, 자동 응답)는 샌드박스가 캡처한 메일에서 가져옵니다.</translation>
    </message>
    <message>
        <source>SES only answers with a Message ID. To see deliveries, bounces and complaints, add an event destination (Amazon SNS, CloudWatch, Firehose or EventBridge) to a configuration set and send through it.</source>
        <translation>SES는 메시지 ID만 응답합니다. 배달, 반송 메일, 수신 거부를 확인하려면 구성 세트에 이벤트 대상(Amazon SNS, CloudWatch, Firehose 또는 EventBridge)을 추가하고 그 구성 세트로 보내세요.</translation>
    </message>
</context>
<context>
    <name>Views::SendingOptionsSection</name>
    <message>
        <source>Sending</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>Sending &amp;enabled</source>
        <translation>전송 사용(&amp;E)</translation>
    </message>
    <message>
        <source>Sending enabled</source>
        <translation>전송 사용</translation>
    </message>
    <message>
        <source>While sending is paused, SES refuses every message sent with this configuration set (SendingPausedException) until it is enabled again.</source>
        <translation>전송이 일시 중지된 동안 SES는 이 구성 세트로 보내는 모든 메시지를 다시 사용할 때까지 거부합니다(SendingPausedException).</translation>
    </message>
</context>
<context>
    <name>Views::SendingQuotaView</name>
    <message>
        <source>No 24-hour limit</source>
        <translation>24시간 제한 없음</translation>
    </message>
    <message>
        <source>%1% of %2 used; %3 left</source>
        <translation>%2 중 %1% 사용, %3 남음</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>무제한</translation>
    </message>
    <message>
        <source>recipients per rolling 24 hours</source>
        <translation>최근 24시간당 수신자 수</translation>
    </message>
    <message>
        <source>recipients per second</source>
        <translation>초당 수신자 수</translation>
    </message>
    <message>
        <source>Sending quota</source>
        <translation>전송 할당량</translation>
    </message>
    <message>
        <source>Sent in the last 24 hours</source>
        <translation>최근 24시간 전송</translation>
    </message>
    <message>
        <source>Maximum sends per 24 hours</source>
        <translation>24시간 최대 전송</translation>
    </message>
    <message>
        <source>Maximum send rate</source>
        <translation>최대 전송 속도</translation>
    </message>
</context>
<context>
    <name>Views::SendingSection</name>
    <message>
        <source>Feedback and default configuration set</source>
        <translation>피드백과 기본 구성 세트</translation>
    </message>
    <message>
        <source>&amp;Forward bounces and complaints by email</source>
        <translation>반송 메일 및 수신 거부를 이메일로 전달(&amp;F)</translation>
    </message>
    <message>
        <source>Forward bounces and complaints by email</source>
        <translation>반송 메일 및 수신 거부를 이메일로 전달</translation>
    </message>
    <message>
        <source>Sent to the Return-Path (or Source) address. With forwarding off you need another way to learn of bounces and complaints (SNS topics or event publishing); without one SES forwards them anyway.</source>
        <translation>Return-Path(또는 Source) 주소로 보냅니다. 전달을 끄면 반송 메일과 수신 거부을 알 수 있는 다른 방법(SNS 주제 또는 이벤트 게시)이 필요하며, 없으면 SES가 어차피 전달합니다.</translation>
    </message>
    <message>
        <source>Default &amp;configuration set:</source>
        <translation>기본 구성 세트(&amp;C):</translation>
    </message>
    <message>
        <source>Default configuration set</source>
        <translation>기본 구성 세트</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>저장(&amp;V)</translation>
    </message>
    <message>
        <source>Save the default configuration set</source>
        <translation>기본 구성 세트 저장</translation>
    </message>
    <message>
        <source>Changing feedback forwarding failed</source>
        <translation>피드백 전달을 변경하지 못했습니다</translation>
    </message>
    <message>
        <source>Saving the default configuration set failed</source>
        <translation>기본 구성 세트를 저장하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Views::SendingTotalsView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>전송 시도</translation>
    </message>
    <message>
        <source>Bounces (bounce rate)</source>
        <translation>반송 메일(반송률)</translation>
    </message>
    <message>
        <source>Complaints (complaint rate)</source>
        <translation>수신 거부(수신 거부율)</translation>
    </message>
    <message>
        <source>Rejects (reject rate)</source>
        <translation>거부(거부율)</translation>
    </message>
</context>
<context>
    <name>Views::SetAutoWarmupCommand</name>
    <message>
        <source>Turn off automatic warm-up</source>
        <translation>자동 워밍업 끄기</translation>
    </message>
    <message>
        <source>Turn off automatic warm-up of standard dedicated IPs in %1?

Dedicated IPs leased from now on start with their warm-up complete, and unwarmed IPs may deliver slowly or be throttled by mailbox providers. IPs warming up now keep warming up.</source>
        <translation>%1에서 표준 전용 IP의 자동 워밍업을 끌까요?

앞으로 임대하는 전용 IP는 워밍업이 완료된 상태로 시작하며, 워밍업되지 않은 IP는 전달이 느리거나 메일박스 공급자가 전송을 제한할 수 있습니다. 지금 워밍업 중인 IP는 계속 워밍업됩니다.</translation>
    </message>
    <message>
        <source>Saving the automatic warm-up setting…</source>
        <translation>자동 워밍업 설정을 저장하는 중…</translation>
    </message>
    <message>
        <source>Automatic warm-up turned on</source>
        <translation>자동 워밍업을 켰습니다</translation>
    </message>
    <message>
        <source>Automatic warm-up turned off</source>
        <translation>자동 워밍업을 껐습니다</translation>
    </message>
</context>
<context>
    <name>Views::StatisticsControls</name>
    <message>
        <source>&amp;Period:</source>
        <translation>기간(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>범위(&amp;R):</translation>
    </message>
    <message>
        <source>Auto-&amp;refresh:</source>
        <translation>자동 새로 고침(&amp;R):</translation>
    </message>
    <message>
        <source>Reputation &amp;of:</source>
        <translation>평판 대상(&amp;O):</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>%n분마다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation>
            <numerusform>%n시간마다</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole account</source>
        <translation>계정 전체</translation>
    </message>
    <message>
        <source>Configuration set name</source>
        <translation>구성 세트 이름</translation>
    </message>
    <message>
        <source>Aggregation period</source>
        <translation>집계 기간</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>시간 범위</translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation>자동 새로 고침 간격</translation>
    </message>
    <message>
        <source>Reputation of the account or a configuration set</source>
        <translation>계정 또는 구성 세트의 평판</translation>
    </message>
    <message>
        <source>Type the name of a configuration set with reputation metrics enabled, or choose the whole account.</source>
        <translation>평판 지표가 사용 설정된 구성 세트의 이름을 입력하거나 계정 전체를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>Views::StatisticsPane</name>
    <message>
        <source>Review %1%</source>
        <translation>검토 %1%</translation>
    </message>
    <message>
        <source>May pause %1%</source>
        <translation>일시 중지 가능 %1%</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <source>Statistics history: %1</source>
        <translation>통계 기록: %1</translation>
    </message>
    <message>
        <source>Loading the sending statistics failed</source>
        <translation>전송 통계를 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Loading the account&apos;s enforcement status and quota failed</source>
        <translation>계정의 시행 상태와 할당량을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Loading the reputation metrics from CloudWatch failed</source>
        <translation>CloudWatch에서 평판 지표를 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Gaps are intervals without any data point. History kept since %1.</source>
        <translation>공백은 데이터 포인트가 하나도 없는 구간입니다. %1부터 기록을 보관하고 있습니다.</translation>
    </message>
    <message>
        <source>No sending activity recorded yet.</source>
        <translation>아직 기록된 전송 활동이 없습니다.</translation>
    </message>
    <message>
        <source>Reputation of the whole account (CloudWatch AWS/SES).</source>
        <translation>계정 전체의 평판(CloudWatch AWS/SES).</translation>
    </message>
    <message>
        <source>Reputation of configuration set %1 (CloudWatch AWS/SES, dimension ses:configuration-set).</source>
        <translation>구성 세트 %1의 평판(CloudWatch AWS/SES, 차원 ses:configuration-set).</translation>
    </message>
    <message>
        <source>Creating the CloudWatch alarms failed</source>
        <translation>CloudWatch 경보를 생성하지 못했습니다</translation>
    </message>
    <message>
        <source>Range: %1 – %2</source>
        <translation>범위: %1 – %2</translation>
    </message>
    <message>
        <source>Delivery attempts: %1</source>
        <translation>전송 시도: %1</translation>
    </message>
    <message>
        <source>Bounces: %1 (%2)</source>
        <translation>반송 메일: %1 (%2)</translation>
    </message>
    <message>
        <source>Complaints: %1 (%2)</source>
        <translation>수신 거부: %1 (%2)</translation>
    </message>
    <message>
        <source>Rejects: %1 (%2)</source>
        <translation>거부: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>Sending activity</source>
        <translation>전송 활동</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>평판</translation>
    </message>
    <message>
        <source>Delivery attempts, bounces, complaints and rejects</source>
        <translation>전송 시도, 반송 메일, 수신 거부 및 거부</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>전송 시도</translation>
    </message>
    <message>
        <source>Bounces, complaints, rejects</source>
        <translation>반송 메일, 수신 거부, 거부</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>반송률</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>수신 거부율</translation>
    </message>
    <message>
        <source>Hard bounces per email sent. SES reviews the account from 5% and may pause sending from 10%.</source>
        <translation>보낸 이메일 대비 하드 바운스 비율입니다. SES는 5%부터 계정을 검토하며 10%부터 전송을 일시 중지할 수 있습니다.</translation>
    </message>
    <message>
        <source>Complaints per email sent. SES reviews the account from 0.1% and may pause sending from 0.5%.</source>
        <translation>보낸 이메일 대비 수신 거부 비율입니다. SES는 0.1%부터 계정을 검토하며 0.5%부터 전송을 일시 중지할 수 있습니다.</translation>
    </message>
    <message>
        <source>Show the data as a &amp;table</source>
        <translation>데이터를 표로 보기(&amp;T)</translation>
    </message>
    <message>
        <source>Sending statistics table</source>
        <translation>전송 통계 표</translation>
    </message>
</context>
<context>
    <name>Views::StatusBadge</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Views::SuppressionFilterBar</name>
    <message>
        <source>R&amp;eason:</source>
        <translation>사유(&amp;E):</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation>모든 사유</translation>
    </message>
    <message>
        <source>Filter by reason</source>
        <translation>사유로 필터링</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>시작일(&amp;F)</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>시작 날짜로 필터링</translation>
    </message>
    <message>
        <source>First day of the last update</source>
        <translation>마지막 업데이트 범위의 첫날</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>종료일(&amp;T)</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>종료 날짜로 필터링</translation>
    </message>
    <message>
        <source>Last day of the last update</source>
        <translation>마지막 업데이트 범위의 마지막 날</translation>
    </message>
</context>
<context>
    <name>Views::SuppressionListActions</name>
    <message>
        <source>&amp;Add address…</source>
        <translation>주소 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Put an email address on the account-level suppression list (Ctrl+N)</source>
        <translation>이메일 주소를 계정 수준 금지 목록에 추가(Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>제거(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected addresses from the suppression list (Del)</source>
        <translation>선택한 주소를 금지 목록에서 제거(Del)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the addresses of a CSV or text file, one a line with an optional reason (Ctrl+I)</source>
        <translation>CSV 또는 텍스트 파일의 주소 추가. 한 줄에 주소 하나, 사유는 선택 사항(Ctrl+I)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the loaded addresses as CSV (Ctrl+Shift+E)</source>
        <translation>불러온 주소를 CSV로 저장(Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <source>List the suppressed addresses again (F5)</source>
        <translation>금지 목록의 주소 다시 불러오기(F5)</translation>
    </message>
    <message>
        <source>Cop&amp;y addresses</source>
        <translation>주소 복사(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the selected addresses, one a line (Ctrl+C)</source>
        <translation>선택한 주소를 한 줄에 하나씩 복사(Ctrl+C)</translation>
    </message>
</context>
<context>
    <name>Views::SuppressionListPane</name>
    <message>
        <source>Suppression list</source>
        <translation>금지 목록</translation>
    </message>
    <message>
        <source>Suppression list actions</source>
        <translation>금지 목록 작업</translation>
    </message>
    <message>
        <source>Find an address (Ctrl+F)</source>
        <translation>주소 찾기(Ctrl+F)</translation>
    </message>
    <message>
        <source>Address to find</source>
        <translation>찾을 주소</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>찾기(&amp;I)</translation>
    </message>
    <message>
        <source>Find address</source>
        <translation>주소 찾기</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation>금지 목록의 주소</translation>
    </message>
    <message>
        <source>No suppressed addresses</source>
        <translation>금지 목록에 주소 없음</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Address count</source>
        <translation>주소 수</translation>
    </message>
    <message>
        <source>Account suppression settings</source>
        <translation>계정 금지 목록 설정</translation>
    </message>
    <message>
        <source>No address on the suppression list of %1 matches the filter.</source>
        <translation>%1의 금지 목록에 필터와 일치하는 주소가 없습니다.</translation>
    </message>
    <message>
        <source>The suppression list of %1 is empty. SES adds addresses that hard-bounce or complain (as the account&apos;s suppression reasons say), and you can add or import addresses here.</source>
        <translation>%1의 금지 목록이 비어 있습니다. SES는 (계정의 금지 사유 설정에 따라) 하드 바운스나 수신 거부가 발생한 주소를 추가하며, 여기서 주소를 직접 추가하거나 가져올 수도 있습니다.</translation>
    </message>
    <message>
        <source>Listing the suppression list failed</source>
        <translation>금지 목록을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Listing more suppressed addresses failed</source>
        <translation>금지 목록의 주소를 더 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>Suppression list management is disabled in the SES sandbox</source>
        <translation>SES 샌드박스에서는 금지 목록 관리를 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>The account is in the SES sandbox in %1. As the SES guide says, addresses cannot be added or imported (PutSuppressedDestination, CreateImportJob) until production access is granted; SES refuses them. Looking up, listing and removing addresses still work.</source>
        <translation>계정이 %1에서 SES 샌드박스에 있습니다. SES 개발자 안내서에 따르면 프로덕션 액세스가 승인될 때까지 주소를 추가하거나 가져올 수 없으며(PutSuppressedDestination, CreateImportJob), SES가 이 요청을 거부합니다. 주소 조회, 목록 보기, 제거는 계속 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>SES suppresses addresses that bounce or complain</source>
        <translation>SES가 반송 메일이나 수신 거부가 발생한 주소를 금지 목록에 추가합니다</translation>
    </message>
    <message>
        <source>SES suppresses addresses that bounce</source>
        <translation>SES가 반송 메일이 발생한 주소를 금지 목록에 추가합니다</translation>
    </message>
    <message>
        <source>SES suppresses addresses that complain</source>
        <translation>SES가 수신 거부가 발생한 주소를 금지 목록에 추가합니다</translation>
    </message>
    <message>
        <source>Automatic suppression is off</source>
        <translation>자동 금지 목록 추가 꺼짐</translation>
    </message>
    <message>
        <source>SES adds no address to the list of %1 by itself; the addresses listed here are still not sent to only if their reason is suppressed by a configuration set.</source>
        <translation>SES가 %1의 목록에 주소를 자동으로 추가하지 않습니다. 여기에 나열된 주소도 구성 세트가 그 사유를 금지하는 경우에만 전송 대상에서 제외됩니다.</translation>
    </message>
    <message>
        <source>Mail to an address listed here for a suppressed reason is accepted and not delivered in %1; it counts against the sending quota but not the bounce or complaint rate. Addresses stay listed until removed.</source>
        <translation>%1에서 금지된 사유로 여기에 나열된 주소로 보내는 메일은 수락되지만 전달되지 않습니다. 이 메일은 전송 할당량에는 포함되지만 반송률이나 수신 거부율에는 포함되지 않습니다. 주소는 제거할 때까지 목록에 남습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n addresses loaded — more load as you scroll</source>
        <translation>
            <numerusform>주소 %n개를 불러옴 — 스크롤하면 더 불러옵니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n addresses</source>
        <translation>
            <numerusform>주소 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation> (필터링됨)</translation>
    </message>
    <message>
        <source> — loading…</source>
        <translation> — 불러오는 중…</translation>
    </message>
    <message>
        <source>Cannot look up: %1.</source>
        <translation>조회할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 조회 중…</translation>
    </message>
    <message>
        <source>%1 is not on the suppression list of %2: SES sends to it.</source>
        <translation>%1은(는) %2의 금지 목록에 없습니다. SES가 이 주소로 메일을 보냅니다.</translation>
    </message>
    <message>
        <source>Looking up %1 failed</source>
        <translation>%1을(를) 조회하지 못했습니다</translation>
    </message>
    <message>
        <source>%1 is on the suppression list: %2, last updated %3.</source>
        <translation>%1은(는) 금지 목록에 있습니다. 사유: %2, 마지막 업데이트: %3.</translation>
    </message>
    <message>
        <source>Message ID: %1.</source>
        <translation>메시지 ID: %1.</translation>
    </message>
    <message>
        <source>Feedback ID: %1.</source>
        <translation>피드백 ID: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %1 failed; %n addresses were not removed</source>
        <translation>
            <numerusform>%1을(를) 제거하지 못했습니다. 주소 %n개가 제거되지 않았습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after removing %n addresses.</source>
        <translation>
            <numerusform>주소 %n개를 제거한 뒤 취소했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::SuppressionOptionsSection</name>
    <message>
        <source>SES has no call that returns a configuration set to the account-level settings once it overrides them; choose the reasons to suppress, or none.</source>
        <translation>SES에는 계정 수준 설정을 재정의한 구성 세트를 다시 계정 수준 설정으로 되돌리는 호출이 없습니다. 금지 목록에 추가할 사유를 선택하거나, 아무 사유도 선택하지 마세요.</translation>
    </message>
    <message>
        <source>Choose at least one reason (bounces, complaints), or choose not to suppress any address.</source>
        <translation>사유(반송 메일, 수신 거부)를 하나 이상 선택하거나, 어떤 주소도 금지 목록에 추가하지 않도록 선택하세요.</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>금지 목록</translation>
    </message>
    <message>
        <source>Use the &amp;account-level settings</source>
        <translation>계정 수준 설정 사용(&amp;A)</translation>
    </message>
    <message>
        <source>Use the account-level suppression settings</source>
        <translation>계정 수준 금지 목록 설정 사용</translation>
    </message>
    <message>
        <source>Override: do &amp;not suppress any address</source>
        <translation>재정의: 어떤 주소도 금지 목록에 추가하지 않음(&amp;N)</translation>
    </message>
    <message>
        <source>Override the account: no suppression</source>
        <translation>계정 설정 재정의: 금지 목록에 추가 안 함</translation>
    </message>
    <message>
        <source>Override: add addresses to the suppression list for these &amp;reasons:</source>
        <translation>재정의: 다음 사유로 주소를 금지 목록에 추가(&amp;R):</translation>
    </message>
    <message>
        <source>Override the account: suppress for these reasons</source>
        <translation>계정 설정 재정의: 다음 사유로 금지 목록에 추가</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>반송 메일</translation>
    </message>
    <message>
        <source>Suppress addresses that hard-bounce</source>
        <translation>하드 바운스가 발생한 주소를 금지 목록에 추가</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>수신 거부</translation>
    </message>
    <message>
        <source>Suppress addresses that complain</source>
        <translation>수신 거부한 주소를 금지 목록에 추가</translation>
    </message>
    <message>
        <source>This is not a separate list: it changes which reasons add the recipients of mail sent with this set to the account-level suppression list, in place of the account&apos;s reasons.</source>
        <translation>별도의 목록이 아닙니다. 이 설정은 계정의 사유 대신, 이 구성 세트로 보낸 메일의 수신자를 계정 수준 금지 목록에 추가할 사유를 정합니다.</translation>
    </message>
</context>
<context>
    <name>Views::TagEditor</name>
    <message>
        <source>&amp;Add tag</source>
        <translation>태그 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move tag</source>
        <translation>태그 제거(&amp;M)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value (optional)</source>
        <translation>값(선택 사항)</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>태그 추가</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>태그 제거</translation>
    </message>
    <message>
        <source>At most %1 tags are allowed.</source>
        <translation>태그는 최대 %1개까지 허용됩니다.</translation>
    </message>
    <message>
        <source>The tag with the value “%1” has no key.</source>
        <translation>값이 “%1”인 태그에 키가 없습니다.</translation>
    </message>
    <message>
        <source>The tag key “%1…” is longer than 128 characters.</source>
        <translation>태그 키 “%1…”이(가) 128자보다 깁니다.</translation>
    </message>
    <message>
        <source>The value of the tag “%1” is longer than 256 characters.</source>
        <translation>태그 “%1”의 값이 256자보다 깁니다.</translation>
    </message>
    <message>
        <source>Tag keys starting with “aws:” are reserved for AWS.</source>
        <translation>“aws:”로 시작하는 태그 키는 AWS용으로 예약되어 있습니다.</translation>
    </message>
    <message>
        <source>The tag key “%1” is there twice.</source>
        <translation>태그 키 “%1”이(가) 두 번 있습니다.</translation>
    </message>
</context>
<context>
    <name>Views::TagsSection</name>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Save &amp;tags</source>
        <translation>태그 저장(&amp;T)</translation>
    </message>
    <message>
        <source>Save the tags</source>
        <translation>태그 저장</translation>
    </message>
    <message>
        <source>Finding the account id…</source>
        <translation>계정 ID를 찾는 중…</translation>
    </message>
    <message>
        <source>Tags are saved on the identity&apos;s ARN, which needs the account id; STS GetCallerIdentity did not give it.</source>
        <translation>태그는 자격 증명의 ARN에 저장되며 여기에는 계정 ID가 필요한데, STS GetCallerIdentity가 계정 ID를 알려 주지 않았습니다.</translation>
    </message>
    <message>
        <source>Saving the tags failed</source>
        <translation>태그를 저장하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>Views::TemplateEditor</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>HTML part</source>
        <translation>HTML 파트</translation>
    </message>
    <message>
        <source>Text part</source>
        <translation>텍스트 파트</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, %2번째 줄, %3번째 열</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Checks passed: SES&apos;s size limit, Handlebars syntax and placeholders are fine.</source>
        <translation>검사 통과: SES 크기 제한, Handlebars 구문, 자리 표시자에 문제가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Checks: %n error(s)</source>
        <translation>
            <numerusform>검사: 오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a line to go to the place.</source>
        <translation>줄을 두 번 클릭하면 해당 위치로 이동합니다.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>출력</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>list</source>
        <translation>목록</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>argument</source>
        <translation>인수</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>SES refuses to send when a printed value is missing from the data.</source>
        <translation>출력되는 값이 데이터에 없으면 SES가 전송을 거부합니다.</translation>
    </message>
    <message>
        <source>Variables (%1)</source>
        <translation>변수(%1)</translation>
    </message>
    <message>
        <source>Select a template, or create one.</source>
        <translation>템플릿을 선택하거나 새로 만드세요.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>작업 중…</translation>
    </message>
    <message>
        <source>New template, not saved yet.</source>
        <translation>새 템플릿(아직 저장하지 않음).</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장됨.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>템플릿 이름</translation>
    </message>
    <message>
        <source>Letters, digits, &quot;-&quot; and &quot;_&quot;, at most 64</source>
        <translation>문자, 숫자, &quot;-&quot;, &quot;_&quot;, 최대 64자</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>제목(&amp;U):</translation>
    </message>
    <message>
        <source>Hello {{name}}</source>
        <translation>{{name}}님, 안녕하세요</translation>
    </message>
    <message>
        <source>&amp;HTML part</source>
        <translation>HTML 파트(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Text part</source>
        <translation>텍스트 파트(&amp;T)</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>샘플 데이터</translation>
    </message>
    <message>
        <source>Sample data (JSON)</source>
        <translation>샘플 데이터(JSON)</translation>
    </message>
    <message>
        <source>{&quot;name&quot;: &quot;Ana&quot;, &quot;favoriteanimal&quot;: &quot;alpaca&quot;}</source>
        <translation>{&quot;name&quot;: &quot;Ana&quot;, &quot;favoriteanimal&quot;: &quot;alpaca&quot;}</translation>
    </message>
    <message>
        <source>Variables used</source>
        <translation>사용된 변수</translation>
    </message>
    <message>
        <source>Problems found by the checks</source>
        <translation>검사에서 발견된 문제</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>변경 사항 버리기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the template to SES; the version is kept in the local history.</source>
        <translation>템플릿을 SES에 저장합니다. 이 버전은 로컬 기록에 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>Views::TemplateHistoryCommand</name>
    <message>
        <source>Template history</source>
        <translation>템플릿 기록</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>버전 복원</translation>
    </message>
    <message>
        <source>Save version %1 of &quot;%2&quot; to SES again? It replaces the current content, which stays in the history.</source>
        <translation>&quot;%2&quot;의 버전 %1을(를) SES에 다시 저장할까요? 현재 내용을 대체하며, 현재 내용은 기록에 남습니다.</translation>
    </message>
    <message>
        <source>&quot;%2&quot; no longer exists in SES. Create it again from version %1?</source>
        <translation>&quot;%2&quot;이(가) 더 이상 SES에 없습니다. 버전 %1에서 다시 만들까요?</translation>
    </message>
    <message>
        <source>Restoring version %1 of %2…</source>
        <translation>%2의 버전 %1을(를) 복원하는 중…</translation>
    </message>
    <message>
        <source>Restored %1 as version %2</source>
        <translation>%1을(를) 버전 %2(으)로 복원했습니다</translation>
    </message>
</context>
<context>
    <name>Views::TemplateHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1의 기록</translation>
    </message>
    <message>
        <source>SesDesk keeps a copy of &quot;%1&quot; every time it is saved, on this computer (SES keeps no history). Select a version to see what it changed, or two versions to compare them.</source>
        <translation>SesDesk는 &quot;%1&quot;을(를) 저장할 때마다 이 컴퓨터에 사본을 보관합니다(SES는 기록을 보관하지 않음). 버전 하나를 선택하면 그 버전의 변경 내용을, 두 개를 선택하면 비교 결과를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>No versions yet: the first save keeps one.</source>
        <translation>아직 버전이 없습니다. 처음 저장할 때 하나가 보관됩니다.</translation>
    </message>
    <message>
        <source>Select one version, or two to compare.</source>
        <translation>버전을 하나 선택하거나, 비교하려면 두 개를 선택하세요.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2:</source>
        <translation>버전 %1에서 버전 %2(으)로의 변경 사항:</translation>
    </message>
    <message>
        <source>What version %1 changed (from version %2):</source>
        <translation>버전 %1의 변경 사항(버전 %2 대비):</translation>
    </message>
    <message>
        <source>Version %1 is the first one kept:</source>
        <translation>버전 %1은(는) 처음 보관된 버전입니다:</translation>
    </message>
    <message>
        <source>No differences in the subject, HTML or text parts.</source>
        <translation>제목, HTML 파트, 텍스트 파트에 차이가 없습니다.</translation>
    </message>
</context>
<context>
    <name>Views::TemplateNameDialog</name>
    <message>
        <source>Enter a name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <source>A template named &quot;%1&quot; already exists.</source>
        <translation>이름이 &quot;%1&quot;인 템플릿이 이미 있습니다.</translation>
    </message>
</context>
<context>
    <name>Views::TemplatePreview</name>
    <message>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>Render the template with the sample data through SES (TestRenderEmailTemplate).</source>
        <translation>샘플 데이터로 SES를 통해 템플릿을 렌더링합니다(TestRenderEmailTemplate).</translation>
    </message>
    <message>
        <source>Preview through SES</source>
        <translation>SES로 미리 보기</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Raw MIME</source>
        <translation>원시 MIME</translation>
    </message>
    <message>
        <source>Rendering through SES…</source>
        <translation>SES로 렌더링하는 중…</translation>
    </message>
    <message>
        <source>SES could not render the template: %1</source>
        <translation>SES가 템플릿을 렌더링하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>제목: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n remote resource(s) not loaded</source>
        <translation>
            <numerusform>원격 리소스 %n개를 불러오지 않음</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview renders the template with the sample data, as SES will send it.</source>
        <translation>미리 보기는 샘플 데이터로 템플릿을 렌더링하여 SES가 보낼 모습 그대로 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>Views::TemplatesPane</name>
    <message>
        <source>Templates</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>Filter templates</source>
        <translation>템플릿 필터</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Create a template</source>
        <translation>템플릿 생성</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>복제…</translation>
    </message>
    <message>
        <source>Create a copy of the selected template under another name</source>
        <translation>선택한 템플릿의 사본을 다른 이름으로 만들기</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Rename the selected template (SES creates it anew and deletes the old one)</source>
        <translation>선택한 템플릿의 이름 바꾸기(SES에서 새로 만들고 이전 템플릿은 삭제)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Delete the selected template from SES</source>
        <translation>SES에서 선택한 템플릿 삭제</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Open a template from a JSON file as aws sesv2 create-email-template --cli-input-json takes</source>
        <translation>aws sesv2 create-email-template --cli-input-json이 받는 형식의 JSON 파일에서 템플릿 열기</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Save the template as JSON for aws sesv2 create-email-template --cli-input-json</source>
        <translation>aws sesv2 create-email-template --cli-input-json용 JSON으로 템플릿 저장</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>기록…</translation>
    </message>
    <message>
        <source>Versions kept on this computer at every save: compare and restore</source>
        <translation>저장할 때마다 이 컴퓨터에 보관된 버전: 비교 및 복원</translation>
    </message>
    <message>
        <source>Send test email…</source>
        <translation>테스트 이메일 보내기…</translation>
    </message>
    <message>
        <source>Send this template to the mailbox simulator</source>
        <translation>이 템플릿을 메일박스 시뮬레이터로 보내기</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <source>The new template has not been saved. Discard it?</source>
        <translation>새 템플릿을 저장하지 않았습니다. 버릴까요?</translation>
    </message>
    <message>
        <source>The changes to the template &quot;%1&quot; have not been saved. Discard them?</source>
        <translation>템플릿 &quot;%1&quot;의 변경 사항을 저장하지 않았습니다. 버릴까요?</translation>
    </message>
    <message>
        <source>Listing the templates failed</source>
        <translation>템플릿 목록을 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>a new template</source>
        <translation>새 템플릿</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>저장하지 않은 변경 사항 복구</translation>
    </message>
    <message>
        <source>SesDesk closed before the changes to %1 were saved (last edited %2). Restore them in the editor?</source>
        <translation>%1의 변경 사항을 저장하기 전에 SesDesk가 종료되었습니다(마지막 편집: %2). 편집기에서 복원할까요?</translation>
    </message>
    <message>
        <source>Opening the template %1 failed</source>
        <translation>템플릿 %1을(를) 열지 못했습니다</translation>
    </message>
    <message>
        <source>Keeping a draft of the changes failed</source>
        <translation>변경 사항의 초안을 보관하지 못했습니다</translation>
    </message>
    <message>
        <source>Creating the template failed</source>
        <translation>템플릿을 만들지 못했습니다</translation>
    </message>
    <message>
        <source>Saving the template failed</source>
        <translation>템플릿을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Template history</source>
        <translation>템플릿 기록</translation>
    </message>
    <message>
        <source>The template was saved, but no local version was kept: %1</source>
        <translation>템플릿을 저장했지만 로컬 버전을 보관하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Deleting the template failed</source>
        <translation>템플릿을 삭제하지 못했습니다</translation>
    </message>
    <message>
        <source>Renaming the template failed</source>
        <translation>템플릿 이름을 바꾸지 못했습니다</translation>
    </message>
    <message>
        <source>Duplicating the template failed</source>
        <translation>템플릿을 복제하지 못했습니다</translation>
    </message>
    <message>
        <source>the sample data is not valid JSON.</source>
        <translation>샘플 데이터가 올바른 JSON이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>Views::TimeSeriesChartView</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>The image could not be encoded.</source>
        <translation>이미지를 인코딩할 수 없습니다.</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>chart axis: date format of a day</comment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>MMM d HH:mm</source>
        <comment>chart axis: date format of a time</comment>
        <translation>M월 d일 HH:mm</translation>
    </message>
</context>
<context>
    <name>Views::TrackingOptionsSection</name>
    <message>
        <source>Open and click tracking</source>
        <translation>열기 및 클릭 추적</translation>
    </message>
    <message>
        <source>Custom redirect &amp;domain:</source>
        <translation>사용자 지정 리디렉션 도메인(&amp;D):</translation>
    </message>
    <message>
        <source>Use a custom redirect domain</source>
        <translation>사용자 지정 리디렉션 도메인 사용</translation>
    </message>
    <message>
        <source>Custom redirect domain</source>
        <translation>사용자 지정 리디렉션 도메인</translation>
    </message>
    <message>
        <source>track.example.com</source>
        <translation>track.example.com</translation>
    </message>
    <message>
        <source>&amp;HTTPS policy:</source>
        <translation>HTTPS 정책(&amp;H):</translation>
    </message>
    <message>
        <source>HTTPS policy</source>
        <translation>HTTPS 정책</translation>
    </message>
    <message>
        <source>Optional: opens over HTTP, clicks as the original link</source>
        <translation>선택: 열기는 HTTP로, 클릭은 원래 링크대로</translation>
    </message>
    <message>
        <source>Require: opens and clicks over HTTPS</source>
        <translation>필수: 열기와 클릭 모두 HTTPS로</translation>
    </message>
    <message>
        <source>Require for opens only: clicks as the original link</source>
        <translation>열기에만 필수: 클릭은 원래 링크대로</translation>
    </message>
    <message>
        <source>Tracking links then use your domain instead of SES&apos;s. Verify the domain in SES first and point a CNAME record for it at %1; for HTTPS links put a CDN with a certificate for the domain in front of that host.</source>
        <translation>그러면 추적 링크에 SES 도메인 대신 사용자의 도메인이 사용됩니다. 먼저 SES에서 도메인을 확인하고 이 도메인의 CNAME 레코드가 %1을(를) 가리키도록 하세요. HTTPS 링크를 쓰려면 이 호스트 앞에 해당 도메인의 인증서가 있는 CDN을 두세요.</translation>
    </message>
</context>
<context>
    <name>Views::UpdateAccountSettingsCommand</name>
    <message>
        <source>Pause sending</source>
        <translation>전송 일시 중지</translation>
    </message>
    <message>
        <source>Pause email sending for this account in region %1? Every send call will be rejected until sending is resumed.</source>
        <translation>리전 %1에서 이 계정의 이메일 전송을 일시 중지할까요? 전송을 재개할 때까지 모든 전송 호출이 거부됩니다.</translation>
    </message>
    <message>
        <source>Account settings saved</source>
        <translation>계정 설정을 저장했습니다</translation>
    </message>
    <message>
        <source>Saving account settings…</source>
        <translation>계정 설정을 저장하는 중…</translation>
    </message>
</context>
<context>
    <name>Views::UpdateEventDestinationCommand</name>
    <message>
        <source>Enabling the event destination %1 failed</source>
        <translation>이벤트 대상 %1을(를) 사용하도록 설정하지 못했습니다</translation>
    </message>
    <message>
        <source>Disabling the event destination %1 failed</source>
        <translation>이벤트 대상 %1을(를) 사용 중지하지 못했습니다</translation>
    </message>
    <message>
        <source>Deleting the event destination %1 failed</source>
        <translation>이벤트 대상 %1을(를) 삭제하지 못했습니다</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 삭제</translation>
    </message>
    <message>
        <source>Delete the event destination %1 of the configuration set %2?

SES stops publishing its events there at once.</source>
        <translation>구성 세트 %2의 이벤트 대상 %1을(를) 삭제할까요?

SES는 즉시 이 대상으로의 이벤트 게시를 중지합니다.</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 삭제 중…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 저장 중…</translation>
    </message>
    <message>
        <source>Event publishing to %1 enabled</source>
        <translation>%1(으)로의 이벤트 게시를 사용하도록 설정했습니다</translation>
    </message>
    <message>
        <source>Event publishing to %1 disabled</source>
        <translation>%1(으)로의 이벤트 게시를 사용 중지했습니다</translation>
    </message>
    <message>
        <source>Event destination %1 deleted</source>
        <translation>이벤트 대상 %1을(를) 삭제했습니다</translation>
    </message>
</context>
<context>
    <name>Views::VdmOptionsSection</name>
    <message>
        <source>Virtual Deliverability Manager</source>
        <translation>Virtual Deliverability Manager</translation>
    </message>
    <message>
        <source>&amp;Override the account-level settings</source>
        <translation>계정 수준 설정 재정의(&amp;O)</translation>
    </message>
    <message>
        <source>Override the account&apos;s Virtual Deliverability Manager settings</source>
        <translation>계정의 Virtual Deliverability Manager 설정 재정의</translation>
    </message>
    <message>
        <source>Engagement tracking</source>
        <translation>참여 추적</translation>
    </message>
    <message>
        <source>Optimized shared delivery</source>
        <translation>최적화된 공유 전송</translation>
    </message>
    <message>
        <source>Without an override, mail sent with this set follows the account&apos;s VDM settings. Turning engagement tracking off here does not stop open and click events of event destinations.</source>
        <translation>재정의하지 않으면 이 구성 세트로 보낸 메일은 계정의 VDM 설정을 따릅니다. 여기서 참여 추적을 꺼도 이벤트 대상의 열기 및 클릭 이벤트는 중지되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Views::VerificationSection</name>
    <message>
        <source>Verification</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>확인 상태</translation>
    </message>
    <message>
        <source>What the verification status means</source>
        <translation>확인 상태의 의미</translation>
    </message>
    <message>
        <source>Re-send &amp;verification email</source>
        <translation>확인 이메일 다시 보내기(&amp;V)</translation>
    </message>
    <message>
        <source>Re-send verification email</source>
        <translation>확인 이메일 다시 보내기</translation>
    </message>
    <message>
        <source>SES sends a new mail with a new link, valid for 24 hours (SES API v1 VerifyEmailIdentity; the identity and its settings stay as they are).</source>
        <translation>SES가 24시간 동안 유효한 새 링크가 담긴 새 메일을 보냅니다(SES API v1 VerifyEmailIdentity, 자격 증명과 설정은 그대로 유지됨).</translation>
    </message>
    <message>
        <source>SES sent a verification mail to %1 from no-reply-aws@amazon.com (subject “Amazon Web Services – Email Address Verification Request in region %2”). If it did not arrive within 5 minutes, check the spelling and the junk folder.</source>
        <translation>SES가 no-reply-aws@amazon.com에서 %1(으)로 확인 메일을 보냈습니다(제목 “Amazon Web Services – Email Address Verification Request in region %2”). 5분 이내에 도착하지 않으면 철자와 정크 메일 폴더를 확인하세요.</translation>
    </message>
    <message>
        <source>The owner of %1 clicked the verification link.</source>
        <translation>%1의 소유자가 확인 링크를 클릭했습니다.</translation>
    </message>
    <message>
        <source>Re-sending the verification mail failed</source>
        <translation>확인 메일을 다시 보내지 못했습니다</translation>
    </message>
    <message>
        <source>A new verification mail is on its way to %1. Its link is valid for 24 hours.</source>
        <translation>새 확인 메일을 %1(으)로 보냈습니다. 링크는 24시간 동안 유효합니다.</translation>
    </message>
</context>
<context>
    <name>Views::WarmupDialog</name>
    <message>
        <source>Edit warm-up of %1</source>
        <translation>%1의 워밍업 편집</translation>
    </message>
    <message>
        <source>The warm-up of %1 is not known.</source>
        <translation>%1의 워밍업 상태를 알 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is %2% warmed up.</source>
        <translation>%1의 워밍업이 %2% 진행되었습니다.</translation>
    </message>
    <message>
        <source>Set the warm-up &amp;percentage:</source>
        <translation>워밍업 비율 설정(&amp;P):</translation>
    </message>
    <message>
        <source>Set the warm-up percentage</source>
        <translation>워밍업 비율 설정</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Warm-up percentage</source>
        <translation>워밍업 비율</translation>
    </message>
    <message>
        <source>Mark as &amp;complete (100%)</source>
        <translation>완료로 표시(100%)(&amp;C)</translation>
    </message>
    <message>
        <source>Mark the warm-up as complete</source>
        <translation>워밍업을 완료로 표시</translation>
    </message>
    <message>
        <source>&amp;Reset to 0% and warm it up again</source>
        <translation>0%로 초기화하고 다시 워밍업(&amp;R)</translation>
    </message>
    <message>
        <source>Reset the warm-up</source>
        <translation>워밍업 초기화</translation>
    </message>
    <message>
        <source>Mailbox providers distrust an IP without sending history: a warm-up raises its volume over 2 to 6 weeks. SES sends the rest of the mail through other warmed-up IPs or the shared pool meanwhile. Marking an IP complete too early risks throttling and blocks.</source>
        <translation>메일박스 공급자는 전송 기록이 없는 IP를 신뢰하지 않으므로, 워밍업으로 2~6주에 걸쳐 전송 볼륨을 늘립니다. 그동안 나머지 메일은 워밍업된 다른 IP나 공유 풀을 통해 보냅니다. IP를 너무 일찍 완료로 표시하면 전송이 제한되거나 차단될 수 있습니다.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save the warm-up</source>
        <translation>워밍업 저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop console for Amazon SES</source>
        <translation>Amazon SES 데스크톱 콘솔</translation>
    </message>
    <message>
        <source>Open on the Local Sandbox, whatever credentials are configured.</source>
        <translation>설정된 자격 증명과 관계없이 로컬 샌드박스로 엽니다.</translation>
    </message>
</context>
</TS>
