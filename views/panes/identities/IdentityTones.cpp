#include "views/panes/identities/IdentityTones.h"

namespace Views::IdentityTones
{

std::optional<Tone> toneFor(Items::Identity::Status status)
{
    using Items::Identity::Status;
    switch (status) {
    case Status::Success:
        return Tone::Positive;
    case Status::Pending:
        return Tone::Information;
    case Status::TemporaryFailure:
        return Tone::Warning;
    case Status::Failed:
        return Tone::Error;
    case Status::NotStarted:
    case Status::Unknown:
        break;
    }
    return std::nullopt;
}

} // namespace Views::IdentityTones
