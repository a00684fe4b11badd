/// A Norwegian national identity number (fødselsnummer or D-nummer, 11 digits), checked the way
/// Folkeregisteret builds them: a birth date (D-nummer: day + 40), an individual number and two
/// mod-11 check digits.
///
/// Test numbers are recognised too: month + 65 (the health sector's test persons, NHN
/// Persontjenesten), month + 40 (H-numbers / NAV test numbers) and month + 80 (Skatteetaten's
/// synthetic numbers, Tenor) — each as fødselsnummer and as D-nummer.
public struct NationalIdentityNumber: Sendable, Hashable {
    /// What the number is.
    public enum Kind: String, Sendable {
        case fodselsnummer = "fødselsnummer"
        case dNummer = "D-nummer"
    }

    /// Why a string is not a valid number.
    public enum Problem: Error, Sendable, Hashable {
        /// Not exactly 11 digits.
        case notElevenDigits
        /// The day/month part is no calendar date (after removing the D/test offsets).
        case noDate
        /// A check digit is wrong (or the first one would be 10).
        case checkDigits
    }

    /// What kind of test number it is, if any.
    public enum Synthetic: String, Sendable {
        /// Month + 40.
        case monthPlus40 = "month + 40, the H-number style test range"
        /// Month + 65.
        case monthPlus65 = "month + 65, the health sector's test persons (NHN Persontjenesten)"
        /// Month + 80.
        case monthPlus80 = "month + 80, Skatteetaten's synthetic range"
    }

    public let kind: Kind
    public let synthetic: Synthetic?
    public let day: Int
    public let month: Int

    /// Checks `text`; returns the number or the first problem found. Reads the digits once,
    /// summing both check-digit weightings on the way (no storage).
    public static func check(_ text: String) -> Result<NationalIdentityNumber, Problem> {
        if let result = text.utf8.withContiguousStorageIfAvailable(check(bytes:)) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(check(bytes:))
    }

    private static func check(bytes: UnsafeBufferPointer<UInt8>) -> Result<NationalIdentityNumber, Problem> {
        var count = 0
        var day = 0
        var month = 0
        var sum1 = 0
        var sum2 = 0
        var written1 = 0
        var written2 = 0
        for byte in bytes {
            guard byte >= 0x30, byte <= 0x39, count < 11 else { return .failure(.notElevenDigits) }
            let digit = Int(byte - 0x30)
            switch count {
            case 0, 1: day = day * 10 + digit
            case 2, 3: month = month * 10 + digit
            default: break
            }
            if count < 9 { sum1 += digit * weight1(count) } else if count == 9 { written1 = digit } else { written2 = digit }
            if count < 10 { sum2 += digit * weight2(count) }
            count += 1
        }
        guard count == 11 else { return .failure(.notElevenDigits) }
        var kind = Kind.fodselsnummer
        if day > 40 {
            day -= 40
            kind = .dNummer
        }
        var synthetic: Synthetic?
        if month > 80 {
            month -= 80
            synthetic = .monthPlus80
        } else if month > 65 {
            month -= 65
            synthetic = .monthPlus65
        } else if month > 40 {
            month -= 40
            synthetic = .monthPlus40
        }
        guard month >= 1, month <= 12, day >= 1, day <= monthLength(month) else { return .failure(.noDate) }
        guard let k1 = checkDigit(sum1), k1 == written1, let k2 = checkDigit(sum2), k2 == written2 else {
            return .failure(.checkDigits)
        }
        return .success(NationalIdentityNumber(kind: kind, synthetic: synthetic, day: day, month: month))
    }

    /// Weights of the first check digit: 3 7 6 1 8 9 4 5 2.
    private static func weight1(_ position: Int) -> Int {
        switch position {
        case 0: 3
        case 1: 7
        case 2: 6
        case 3: 1
        case 4: 8
        case 5: 9
        case 6: 4
        case 7: 5
        default: 2
        }
    }

    /// Weights of the second check digit: 5 4 3 2 7 6 5 4 3 2.
    private static func weight2(_ position: Int) -> Int {
        switch position {
        case 0, 6: 5
        case 1, 7: 4
        case 2, 8: 3
        case 3, 9: 2
        case 4: 7
        default: 6
        }
    }

    /// The longest a month can be (29 for February: the year is not checked).
    private static func monthLength(_ month: Int) -> Int {
        switch month {
        case 2: 29
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func checkDigit(_ sum: Int) -> Int? {
        let rest = 11 - sum % 11
        if rest == 11 { return 0 }
        return rest == 10 ? nil : rest
    }
}
