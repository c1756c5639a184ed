#pragma once

#include "core/domain/record.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <utility>

namespace helpline {

// What went wrong with the case store, in words a counsellor or an admin can act on. `code`
// lets callers and tests tell the cases apart; `message` is translated and names the problem.
// `detail` carries the native error (SQLite code and message) for the technical log; it never
// contains case data.
struct StoreError {
    enum class Code {
        None,
        WrongPassword,
        UnknownAccount,
        PermissionDenied,
        AlreadyExists,
        KeyringMissing,
        KeyringDamaged,
        KeyringAltered,
        DatabaseMissing,
        DatabaseCorrupt,
        DatabaseForeign,
        SchemaTooNew,
        ReadOnly,
        DiskFull,
        Validation,
        NotFound,
        Io,
        Internal,
    };

    Code code = Code::None;
    QString message;
    QString detail;
    Problems problems; // with Code::Validation: every problem, each with its field

    bool isError() const { return code != Code::None; }
    static StoreError make(Code code, QString message, QString detail = {})
    {
        return StoreError{code, std::move(message), std::move(detail), {}};
    }
    static StoreError invalid(Problems problems)
    {
        StoreError error{
            Code::Validation,
            QCoreApplication::translate("helpline::StoreError",
                                        "Some fields need attention; nothing was saved."),
            {},
            std::move(problems)};
        return error;
    }
};

// A value or a StoreError: the return type of every store operation that can fail.
template<typename T>
class Outcome {
public:
    Outcome(T value)
        : m_value(std::move(value))
    {
    }
    Outcome(StoreError error)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};

template<>
class Outcome<void> {
public:
    Outcome() = default;
    Outcome(StoreError error)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const StoreError &error() const { return m_error; }

private:
    StoreError m_error;
};

} // namespace helpline
