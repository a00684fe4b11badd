/// Norwegian public holidays (helligdager, lov om helligdager og helligdagsfred, and 1 and 17 May),
/// plus configurable closed days.
///
/// The statutory days are 1 January, Maundy Thursday, Good Friday, Easter Sunday and Monday,
/// 1 May, 17 May, Ascension Day (Easter + 39), Whit Sunday and Monday (Easter + 49/50),
/// 25 and 26 December. Christmas Eve and New Year's Eve are ordinary days in law; many services
/// close on them, so each can be switched on.
///
/// Two holidays can fall on one date (17 May 2027 is also Whit Monday, and Ascension Day can fall
/// on 1 May): ``holidays(in:)`` lists both, ``holiday(on:)`` returns the fixed-date one.
public struct HolidayCalendar: Sendable, Hashable {
    /// Additional closed dates, reported as ``Holiday/Name/closedDay`` unless also a holiday.
    public let extraClosedDays: Set<LocalDate>
    /// Whether 24 December counts as closed.
    public let christmasEveClosed: Bool
    /// Whether 31 December counts as closed.
    public let newYearsEveClosed: Bool

    /// Creates a calendar.
    ///
    /// - Parameters:
    ///   - extraClosedDays: Further dates on which the window is closed (e.g. a local agreement).
    ///   - christmasEveClosed: Treat 24 December as closed ("Julaften").
    ///   - newYearsEveClosed: Treat 31 December as closed ("Nyttårsaften").
    public init(
        extraClosedDays: Set<LocalDate> = [], christmasEveClosed: Bool = false,
        newYearsEveClosed: Bool = false
    ) {
        self.extraClosedDays = extraClosedDays
        self.christmasEveClosed = christmasEveClosed
        self.newYearsEveClosed = newYearsEveClosed
    }

    /// The statutory Norwegian holidays only; Christmas Eve and New Year's Eve are working days.
    public static let norway = HolidayCalendar()

    /// Easter Sunday of `year` in the Gregorian calendar (anonymous Gregorian computus by
    /// Meeus/Jones/Butcher), valid for every year from 1583 on.
    public static func easterSunday(year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(daysSinceEpoch: CivilDays.days(year: year, month: month, day: day))
    }

    /// The holiday on `date`, or `nil` on an ordinary day (weekends are not holidays).
    ///
    /// When two holidays share the date, the fixed-date one (e.g. "Grunnlovsdag") is returned.
    public func holiday(on date: LocalDate) -> Holiday? {
        if let name = fixedHolidayName(month: date.month, day: date.day) {
            return Holiday(date: date, name: name)
        }
        // Movable feasts lie between Maundy Thursday (≥ 19 March) and Whit Monday (≤ 14 June).
        if (3...6).contains(date.month), (1...9999).contains(date.year) {
            let offset = Self.easterSunday(year: date.year).days(until: date)
            if let name = Self.movableHolidayName(daysAfterEaster: offset) {
                return Holiday(date: date, name: name)
            }
        }
        if extraClosedDays.contains(date) {
            return Holiday(date: date, name: Holiday.Name.closedDay)
        }
        return nil
    }

    private func fixedHolidayName(month: Int, day: Int) -> String? {
        switch (month, day) {
        case (1, 1): Holiday.Name.newYearsDay
        case (5, 1): Holiday.Name.labourDay
        case (5, 17): Holiday.Name.constitutionDay
        case (12, 24): christmasEveClosed ? Holiday.Name.christmasEve : nil
        case (12, 25): Holiday.Name.christmasDay
        case (12, 26): Holiday.Name.boxingDay
        case (12, 31): newYearsEveClosed ? Holiday.Name.newYearsEve : nil
        default: nil
        }
    }

    private static let movableHolidays: [(daysAfterEaster: Int, name: String)] = [
        (-3, Holiday.Name.maundyThursday), (-2, Holiday.Name.goodFriday),
        (0, Holiday.Name.easterSunday), (1, Holiday.Name.easterMonday),
        (39, Holiday.Name.ascensionDay), (49, Holiday.Name.whitSunday),
        (50, Holiday.Name.whitMonday),
    ]

    private static func movableHolidayName(daysAfterEaster offset: Int) -> String? {
        movableHolidays.first { $0.daysAfterEaster == offset }?.name
    }

    /// All holidays and closed days of `year`, sorted by date (fixed-date holidays first on a
    /// shared date).
    public func holidays(in year: Int) -> [Holiday] {
        var result: [Holiday] = []
        func add(_ month: Int, _ day: Int, _ name: String) {
            if let date = LocalDate(year: year, month: month, day: day) {
                result.append(Holiday(date: date, name: name))
            }
        }
        add(1, 1, Holiday.Name.newYearsDay)
        add(5, 1, Holiday.Name.labourDay)
        add(5, 17, Holiday.Name.constitutionDay)
        if christmasEveClosed { add(12, 24, Holiday.Name.christmasEve) }
        add(12, 25, Holiday.Name.christmasDay)
        add(12, 26, Holiday.Name.boxingDay)
        if newYearsEveClosed { add(12, 31, Holiday.Name.newYearsEve) }
        if (1...9999).contains(year) {
            let easter = Self.easterSunday(year: year)
            for (offset, name) in Self.movableHolidays {
                result.append(Holiday(date: easter.adding(days: offset), name: name))
            }
        }
        let holidayDates = Set(result.map(\.date))
        for date in extraClosedDays where date.year == year && !holidayDates.contains(date) {
            result.append(Holiday(date: date, name: Holiday.Name.closedDay))
        }
        // By date; on a shared date, insertion order (fixed-date, movable, extra closed days).
        return result.enumerated()
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
    }

    /// `true` if `date` is a public holiday or a configured closed day (weekends excluded).
    public func isHoliday(_ date: LocalDate) -> Bool {
        holiday(on: date) != nil
    }

    /// `true` if `date` is a Saturday, a Sunday, a holiday or a configured closed day.
    public func isClosed(_ date: LocalDate) -> Bool {
        date.isWeekend || isHoliday(date)
    }

    /// `true` if `date` is a working day (virkedag): Monday–Friday and not a holiday.
    public func isWorkingDay(_ date: LocalDate) -> Bool {
        !isClosed(date)
    }
}
