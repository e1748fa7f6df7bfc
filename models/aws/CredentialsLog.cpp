#include "models/aws/CredentialsLog.h"

Q_LOGGING_CATEGORY(lcCredentials, "sesdesk.aws.credentials")
