#pragma once

#include <cstddef>
#include <QByteArrayView>
#include <QString>

namespace helpline {

// A fixed-size buffer of key material in libsodium's guarded memory (sodium_malloc: guard pages,
// mlock'ed where the system allows, excluded from core dumps). The bytes are wiped when the
// buffer is destroyed or wipe() is called. Move-only: key material is never copied implicitly.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    static SecureBytes random(std::size_t size);
    static SecureBytes copyOf(QByteArrayView bytes);
    // The UTF-8 bytes of a password typed into a widget; the temporary UTF-8 copy is wiped.
    static SecureBytes fromUtf8(const QString &text);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const;

    // Constant-time comparison.
    bool equals(const SecureBytes &other) const;
    void wipe();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Initialises libsodium once; returns false if the library cannot be used.
bool ensureSodium();

} // namespace helpline
