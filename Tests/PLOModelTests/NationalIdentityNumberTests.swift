import PLOModel
import Testing

@Suite struct NationalIdentityNumberTests {
    @Test(arguments: ["12034841258", "15076500565", "13116900216", "12057900499"])
    func validFodselsnummer(_ text: String) throws {
        let number = try NationalIdentityNumber.check(text).get()
        #expect(number.kind == .fodselsnummer)
        #expect(number.synthetic == nil)
    }

    @Test func dNummerHasDayPlus40() throws {
        let number = try NationalIdentityNumber.check("53077141460").get()
        #expect(number.kind == .dNummer)
        #expect(number.day == 13)
        #expect(number.month == 7)
    }

    @Test func syntheticNumbersAreRecognised() throws {
        let tenor = try NationalIdentityNumber.check("12834841213").get()
        #expect(tenor.synthetic == .monthPlus80)
        #expect(tenor.month == 3)
    }

    @Test(arguments: [
        ("12034841259", NationalIdentityNumber.Problem.checkDigits),
        ("1203484125", .notElevenDigits),
        ("120348412580", .notElevenDigits),
        ("1203484125x", .notElevenDigits),
        ("", .notElevenDigits),
        ("32034841258", .noDate),
        ("12134841258", .noDate),
        ("30024841258", .noDate),
    ])
    func invalidNumbers(_ text: String, _ problem: NationalIdentityNumber.Problem) {
        switch NationalIdentityNumber.check(text) {
        case .success(let number): Issue.record("\(text) accepted as \(number)")
        case .failure(let found): #expect(found == problem, "\(text)")
        }
    }
}
