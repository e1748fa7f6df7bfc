#pragma once

#include <QByteArray>

namespace TestSupport
{

/// GetAccount answers as SES sends them, for GUI tests.
struct AccountJson {
    static QByteArray sandbox(double sent = 50, double max = 200, double rate = 1);
    static QByteArray production(double sent = 12345, double max = 50000, double rate = 14);
    static QByteArray paused();
    static QByteArray pendingReview();
};

} // namespace TestSupport
