#include "models/ses/DnsLookupAnswer.h"

namespace Ses
{

namespace
{

bool sameName(const QString &a, const QString &b)
{
    auto normal = [](QString s) -> QString {
        while (s.endsWith(QLatin1Char('.')))
            s.chop(1);
        return s.toLower();
    };
    return normal(a) == normal(b);
}

} // namespace

const DnsLookupAnswer::Cname *DnsLookupAnswer::cnameAtName() const
{
    for (const Cname &c : cnames) {
        if (sameName(c.owner, name))
            return &c;
    }
    return nullptr;
}

QList<DnsLookupAnswer::Mx> DnsLookupAnswer::mxAtName() const
{
    QList<Mx> out;
    for (const Mx &m : mx) {
        if (sameName(m.owner, name))
            out << m;
    }
    return out;
}

QList<DnsLookupAnswer::Txt> DnsLookupAnswer::txtAtName() const
{
    QList<Txt> out;
    for (const Txt &t : txt) {
        if (sameName(t.owner, name))
            out << t;
    }
    return out;
}

} // namespace Ses
