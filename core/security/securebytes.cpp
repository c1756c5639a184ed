#include "core/security/securebytes.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace helpline {

bool ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecureBytes::SecureBytes(std::size_t size)
{
    if (size == 0)
        return;
    if (!ensureSodium())
        throw std::bad_alloc();
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    if (size)
        randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecureBytes SecureBytes::copyOf(QByteArrayView source)
{
    SecureBytes bytes(static_cast<std::size_t>(source.size()));
    if (!source.isEmpty())
        memcpy(bytes.m_data, source.data(), static_cast<std::size_t>(source.size()));
    return bytes;
}

SecureBytes SecureBytes::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes bytes = copyOf(utf8);
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return bytes;
}

QByteArrayView SecureBytes::view() const
{
    return QByteArrayView(reinterpret_cast<const char *>(m_data), static_cast<qsizetype>(m_size));
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBytes::wipe()
{
    if (m_data)
        sodium_free(m_data); // sodium_free zeroes the memory before unmapping it
    m_data = nullptr;
    m_size = 0;
}

} // namespace helpline
