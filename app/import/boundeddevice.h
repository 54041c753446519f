#pragma once

#include <QIODevice>

#include <memory>

// A read-only QIODevice that passes another device through but fails once more than `limit` bytes come out.
// XlsxArchive wraps each zip entry in one, so a zip bomb (an entry that inflates far beyond its declared size
// or the workbook budget) stops with an error instead of filling memory.
class BoundedDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundedDevice)

public:
    BoundedDevice(std::unique_ptr<QIODevice> inner, qint64 limit, QObject* parent = nullptr);
    ~BoundedDevice() override;

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] bool exceeded() const { return m_exceeded; }
    [[nodiscard]] qint64 produced() const { return m_produced; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    std::unique_ptr<QIODevice> m_inner;
    qint64 m_limit = 0;
    qint64 m_produced = 0;
    bool m_exceeded = false;
};
