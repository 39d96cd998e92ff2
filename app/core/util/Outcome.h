// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>
#include <tuple>
#include <utility>
#include <variant>

namespace smsc {

//! What went wrong, for the few callers that act on more than the message.
enum class FailureKind {
    None,         //!< no failure: what kind() says of a successful Outcome
    Failed,       //!< the message says it all
    NotFound,     //!< there is no such entry or file (often a question for the user, not an error)
    Exists,       //!< the target exists and was left alone
    Unavailable,  //!< the service behind it (the OS keychain) cannot be used
    TimedOut,     //!< the service did not answer in time
};

//! Why a local operation (a file, the keychain, the settings) failed.
struct Failure
{
    explicit Failure(QString message, FailureKind kind = FailureKind::Failed, QString detail = {}, int line = 0)
        : message(std::move(message)), kind(kind), detail(std::move(detail)), line(line)
    {
    }

    QString message;  //!< translated sentence for the user
    FailureKind kind;
    QString detail;   //!< untranslated: the backend's own text, or the existing file an Exists is about
    int line;         //!< 1-based input line a parse failure is about; 0 when none
};

/*!
 * The result of a local operation: a value, or the Failure that prevented it. [[nodiscard]], so
 * ignoring whether a file was written or a secret stored is a compiler warning (an error with
 * -Werror); code that really does not care says so with `std::ignore =`.
 */
template<typename T>
class [[nodiscard]] Outcome
{
public:
    Outcome(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Outcome(Failure failure) : m_state(std::in_place_index<1>, std::move(failure)) {}

    bool ok() const { return m_state.index() == 0; }
    const T &value() const & { Q_ASSERT(ok()); return std::get<0>(m_state); }
    T &value() & { Q_ASSERT(ok()); return std::get<0>(m_state); }
    T &&value() && { Q_ASSERT(ok()); return std::get<0>(std::move(m_state)); }
    T valueOr(T fallback) const { return ok() ? std::get<0>(m_state) : std::move(fallback); }
    //! The Failure; only valid when !ok().
    const Failure &failure() const { Q_ASSERT(!ok()); return std::get<1>(m_state); }
    //! The translated message; empty when ok().
    QString error() const { return ok() ? QString() : failure().message; }
    FailureKind kind() const { return ok() ? FailureKind::None : failure().kind; }

private:
    std::variant<T, Failure> m_state;
};

template<>
class [[nodiscard]] Outcome<void>
{
public:
    Outcome() = default;
    Outcome(Failure failure) : m_failure(std::move(failure)) {}
    //! Keeps only whether `other` succeeded, e.g. for a caller that does not need the value.
    template<typename T>
    static Outcome fromOutcome(const Outcome<T> &other)
    {
        return other.ok() ? Outcome() : Outcome(other.failure());
    }

    bool ok() const { return !m_failure; }
    const Failure &failure() const { Q_ASSERT(!ok()); return *m_failure; }
    QString error() const { return ok() ? QString() : m_failure->message; }
    FailureKind kind() const { return ok() ? FailureKind::None : m_failure->kind; }

private:
    std::optional<Failure> m_failure;
};

} // namespace smsc
