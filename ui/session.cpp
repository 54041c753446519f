#include "session.h"

Session::Session(QObject* parent)
    : QObject(parent)
{ }

Session::~Session() = default;

void Session::setConnection(const Connection& connection)
{
    m_connection = connection;
    emit connectionChanged();
}

void Session::setApiKey(const QString& key)
{
    m_apiKey = key;
}

void Session::setSourcePath(const QString& path)
{
    m_sourcePath = path;
    emit sourceChanged();
}

void Session::setImport(const ImportResult& result, const ImportOptions& options)
{
    m_import = result;
    m_importOptions = options;
    clearDryRun();
    emit tableChanged();
}

void Session::setMapping(const Mapping& mapping)
{
    if (mapping == m_mapping)
        return;
    m_mapping = mapping;
    clearDryRun();
    emit mappingChanged();
}

void Session::setPresetName(const QString& name)
{
    m_presetName = name;
    emit presetChanged();
}

void Session::setPolicy(InvalidRowPolicy policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    clearDryRun();
    emit policyChanged();
}

void Session::setMaxInvalidPercent(double percent)
{
    if (qFuzzyCompare(percent, m_maxInvalidPercent))
        return;
    m_maxInvalidPercent = percent;
    clearDryRun();
    emit policyChanged();
}

void Session::setDryRun(const ConvertResult& result)
{
    m_dryRun = result;
    m_hasDryRun = true;
    emit dryRunChanged();
}

void Session::clearDryRun()
{
    if (!m_hasDryRun)
        return;
    m_dryRun = {};
    m_hasDryRun = false;
    emit dryRunChanged();
}
