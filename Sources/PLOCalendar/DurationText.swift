/// Renders a number of seconds as short Norwegian text, e.g. `"2 t 5 min"`.
///
/// - Under one minute: seconds, `"45 s"` (`"0 s"` for zero).
/// - Otherwise days (`d`), hours (`t`, timer) and minutes (`min`), zero parts left out and
///   remaining seconds dropped: `3600` → `"1 t"`, `7500` → `"2 t 5 min"`,
///   `90_060` → `"1 d 1 t 1 min"`.
/// - Negative values get a leading minus: `-300` → `"-5 min"`.
///
/// - Parameter seconds: The duration in seconds.
/// - Returns: The text.
public func formatDuration(seconds: Int64) -> String {
    let sign = seconds < 0 ? "-" : ""
    let total = seconds.magnitude
    if total < 60 { return "\(sign)\(total) s" }
    let days = total / 86_400
    let hours = total % 86_400 / 3600
    let minutes = total % 3600 / 60
    var parts: [String] = []
    if days > 0 { parts.append("\(days) d") }
    if hours > 0 { parts.append("\(hours) t") }
    if minutes > 0 { parts.append("\(minutes) min") }
    return sign + parts.joined(separator: " ")
}
