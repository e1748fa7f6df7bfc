#pragma once

#include <optional>

#include "models/items/IdentityItems.h"

#include "views/widgets/Tone.h"

namespace Views::IdentityTones
{

/// The tone a verification or DKIM status is drawn in; none for "not started" or unknown.
std::optional<Tone> toneFor(Items::Identity::Status status);

} // namespace Views::IdentityTones
