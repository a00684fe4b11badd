/// Norwegian fødselsnummer (11 digits: DDMMYY, individual number III, check digits K1 K2).
///
/// The simulator only issues *synthetic* numbers (month + 80, the range Skatteetaten and
/// Norsk helsenett use for test persons), so no generated message can name a real person.
public enum Fodselsnummer {
    private static let weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    private static let weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

    /// The two mod-11 check digits for the first nine digits, or `nil` when a check digit
    /// would be 10 (no valid number exists with these nine digits).
    public static func checkDigits(_ nine: [Int]) -> (Int, Int)? {
        guard nine.count == 9 else { return nil }
        var sum = 0
        for i in 0..<9 { sum += nine[i] * weights1[i] }
        var k1 = 11 - sum % 11
        if k1 == 11 { k1 = 0 }
        if k1 == 10 { return nil }
        let ten = nine + [k1]
        sum = 0
        for i in 0..<10 { sum += ten[i] * weights2[i] }
        var k2 = 11 - sum % 11
        if k2 == 11 { k2 = 0 }
        if k2 == 10 { return nil }
        return (k1, k2)
    }

    /// `true` when `number` is 11 digits with both mod-11 check digits correct.
    public static func isValid(_ number: String) -> Bool {
        let digits = number.utf8.map { Int($0) - 48 }
        guard digits.count == 11, digits.allSatisfy({ (0...9).contains($0) }) else { return false }
        guard let (k1, k2) = checkDigits(Array(digits[0..<9])) else { return false }
        return digits[9] == k1 && digits[10] == k2
    }

    /// `true` when the month field carries the synthetic +80 offset (months 81–92).
    public static func isSynthetic(_ number: String) -> Bool {
        let digits = number.utf8.map { Int($0) - 48 }
        guard digits.count == 11 else { return false }
        let month = digits[2] * 10 + digits[3]
        return (81...92).contains(month)
    }

    /// The synthetic number for a birth date and individual number, or `nil` if no valid
    /// check digits exist for that combination.
    /// - Parameters:
    ///   - year: four-digit birth year (1900–1999 with individual numbers 000–499).
    ///   - month: 1–12 (written as month + 80).
    ///   - day: 1–31.
    ///   - individual: 0–999.
    public static func synthetic(year: Int, month: Int, day: Int, individual: Int) -> String? {
        let yy = year % 100
        let mm = month + 80
        let nine = [
            day / 10, day % 10, mm / 10, mm % 10, yy / 10, yy % 10,
            individual / 100, individual / 10 % 10, individual % 10,
        ]
        guard let (k1, k2) = checkDigits(nine) else { return nil }
        return String(decoding: (nine + [k1, k2]).map { UInt8(48 + $0) }, as: UTF8.self)
    }
}
