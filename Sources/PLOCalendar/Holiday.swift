/// A day on which the working window is closed: a Norwegian public holiday, or a configured
/// closed day.
public struct Holiday: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The date.
    public let date: LocalDate
    /// The Norwegian name, e.g. `"Skjærtorsdag"`, or `"Stengt dag"` for an extra closed day.
    public let name: String

    /// Creates a holiday.
    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }

    /// `"2026-04-02 Skjærtorsdag"`.
    public var description: String { "\(date) \(name)" }
}

extension Holiday {
    /// The Norwegian names used by ``HolidayCalendar``.
    public enum Name {
        /// 1 January.
        public static let newYearsDay = "Første nyttårsdag"
        /// Easter − 3.
        public static let maundyThursday = "Skjærtorsdag"
        /// Easter − 2.
        public static let goodFriday = "Langfredag"
        /// Easter Sunday.
        public static let easterSunday = "Første påskedag"
        /// Easter + 1.
        public static let easterMonday = "Andre påskedag"
        /// 1 May.
        public static let labourDay = "Arbeidernes dag"
        /// 17 May.
        public static let constitutionDay = "Grunnlovsdag"
        /// Easter + 39.
        public static let ascensionDay = "Kristi himmelfartsdag"
        /// Easter + 49.
        public static let whitSunday = "Første pinsedag"
        /// Easter + 50.
        public static let whitMonday = "Andre pinsedag"
        /// 24 December (only when configured closed).
        public static let christmasEve = "Julaften"
        /// 25 December.
        public static let christmasDay = "Første juledag"
        /// 26 December.
        public static let boxingDay = "Andre juledag"
        /// 31 December (only when configured closed).
        public static let newYearsEve = "Nyttårsaften"
        /// An extra closed day from ``HolidayCalendar/init(extraClosedDays:christmasEveClosed:newYearsEveClosed:)``.
        public static let closedDay = "Stengt dag"
    }
}
