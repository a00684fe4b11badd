/// A day of the week, numbered as in ISO 8601 (Monday = 1 … Sunday = 7).
public enum Weekday: Int, Sendable, Hashable, Codable, CaseIterable, Comparable,
    CustomStringConvertible
{
    case monday = 1
    case tuesday = 2
    case wednesday = 3
    case thursday = 4
    case friday = 5
    case saturday = 6
    case sunday = 7

    /// `true` for Saturday and Sunday.
    public var isWeekend: Bool { self == .saturday || self == .sunday }

    /// The Norwegian name in lower case, e.g. `"mandag"`.
    public var norwegianName: String {
        switch self {
        case .monday: "mandag"
        case .tuesday: "tirsdag"
        case .wednesday: "onsdag"
        case .thursday: "torsdag"
        case .friday: "fredag"
        case .saturday: "lørdag"
        case .sunday: "søndag"
        }
    }

    /// The Norwegian name, e.g. `"mandag"`.
    public var description: String { norwegianName }

    /// Monday first.
    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
