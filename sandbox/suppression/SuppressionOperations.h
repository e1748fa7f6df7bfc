#pragma once

#include "sandbox/ops/OperationFamily.h"
#include "sandbox/ops/OperationRegistry.h"

namespace Sandbox
{

class ImportJobRunner;
class SuppressionStore;
struct SandboxContext;

/// The account-level suppression list: Put/Get/Delete/ListSuppressedDestinations (reason and
/// date filters, NextToken pages by key) and CreateImportJob / GetImportJob / ListImportJobs for
/// bulk adds and removals from the S3 stand-in. As the guide says, an account in the SES
/// sandbox cannot add addresses or import (SandboxRestrictions); reading and removing work.
class SuppressionOperations final : public OperationFamily
{
public:
    SuppressionOperations(SandboxContext &context, SuppressionStore &suppressions, ImportJobRunner &runner);
    void registerWith(OperationRegistry &registry) override;

private:
    JsonOutcome put(const OperationCall &call);
    JsonOutcome get(const OperationCall &call);
    JsonOutcome remove(const OperationCall &call);
    JsonOutcome list(const OperationCall &call);
    JsonOutcome createImportJob(const OperationCall &call);
    JsonOutcome getImportJob(const OperationCall &call);
    JsonOutcome listImportJobs(const OperationCall &call);

    SandboxContext &m_context;
    SuppressionStore &m_suppressions;
    ImportJobRunner &m_runner;
};

} // namespace Sandbox
