#pragma once

#include <QLoggingCategory>

/// sesdesk.aws.credentials: how credentials and profiles were resolved. Never a secret, a
/// session token or a credential_process command line's arguments.
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
