#pragma once

namespace Views::IdentityWizardPages
{

/// The page ids of CreateIdentityWizard, in order.
enum Id { Name, Dkim, MailFrom, Options, Summary };

} // namespace Views::IdentityWizardPages
