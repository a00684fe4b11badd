import PLOCalendar

/// Norwegian names and phrases for synthetic people and notes; drawn with the run's generator.
enum NamePool {
    static let maleGiven = [
        "Ole", "Lars", "Knut", "Per", "Arne", "Bjørn", "Odd", "Kjell", "Jan", "Tor", "Sverre", "Håkon", "Øystein", "Åge", "Einar",
    ]
    static let femaleGiven = [
        "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Solveig", "Gunn", "Åse", "Tove", "Ragnhild", "Bjørg",
    ]
    static let family = [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Berg", "Haugen", "Hagen",
        "Bakken", "Sæther", "Løvås", "Strøm", "Aune", "Vold", "Moe",
    ]
    static let streets = [
        "Kirkegata", "Storgata", "Sjøvegen", "Bakkevegen", "Fjordgata", "Skolevegen", "Åsvegen", "Løkkevegen", "Elvegata", "Gartnervegen",
    ]
    static let innleggelse = [
        "Bor alene i egen bolig. Hjemmesykepleie morgen og kveld. Trenger hjelp til dusj.",
        "Bor i omsorgsbolig. Hjemmesykepleie tre ganger daglig, bruker rullator.",
        "Multidose fra apotek. Noe svekket hukommelse, pårørende (datter) følger opp.",
        "Praktisk bistand hver uke. Selvhjulpen i ADL, men har falt to ganger siste måned.",
    ]
    static let status = [
        "Innlagt med pneumoni, behandles med antibiotika intravenøst.",
        "Innlagt etter fall i hjemmet; hoftebrudd operert. Mobiliseres med fysioterapeut.",
        "Innlagt med forverring av hjertesvikt. Diuretika justert, vektkontroll daglig.",
        "Innlagt med urinveisinfeksjon og akutt forvirring. Bedring etter behandling.",
        "Innlagt med KOLS-forverring. Oksygenbehov avtagende.",
    ]
    static let updated = [
        "Pasienten er i bedring og forventes utskrivningsklar. Trenger økt hjemmesykepleie de første ukene.",
        "Stabil. Behov for korttidsopphold på sykehjem for rehabilitering før hjemreise.",
        "Mobiliseres med rullator. Trenger tilsyn om natten den første tiden.",
    ]
    static let supplement = [
        "Tilleggsopplysninger: pasienten har trygghetsalarm og nøkkelboks.",
        "Tilleggsopplysninger: pårørende ønsker å bli kontaktet før utskrivning.",
    ]
    /// Expected course, for the varsel (HNT 1.2 k: status, expected course, expected discharge).
    static let course = [
        "Forventet behandlingstid 4–6 dager, deretter vurdering av hjelpebehov.",
        "Forventes tilbake til tidligere funksjonsnivå; antatt behov for økt hjemmesykepleie.",
        "Usikkert forløp; kommunen varsles ved endring i forventet utskrivningstidspunkt.",
    ]
    /// The case office's answer to Melding om utskrivningsklar pasient (HNT 3.2 a).
    static let answer = [
        "Kommunen kan ta imot pasienten. Hjemmesykepleie morgen og kveld fra hjemkomst. Send med medisiner til første virkedag.",
        "Kommunen tar imot pasienten på korttidsplass. Trenger rullator og legemiddelliste ved utreise.",
        "Kommunen kan ta imot pasienten. Tilbud: praktisk bistand og trygghetsalarm. Ingen behov for utstyr.",
    ]
    static let discharge = [
        "Utskrives til hjemmet med økt hjemmesykepleie. Legemiddelliste vedlagt.",
        "Utskrives til korttidsopphold. Sårstell annenhver dag, kontroll om to uker.",
        "Utskrives til hjemmet. Oppfølging hos fastlege om en uke.",
    ]

    static func pick<T>(_ list: [T], _ rng: inout SplitMix64) -> T {
        list[rng.index(below: list.count)]
    }

    static func professional(kind: String, _ rng: inout SplitMix64) -> Professional {
        let female = rng.chance(0.6)
        let given = pick(female ? femaleGiven : maleGiven, &rng)
        let familyName = pick(family, &rng)
        let hpr = String(1_000_000 + rng.int(in: 0...8_999_999))
        return Professional(kind: kind, familyName: familyName, givenName: given, hpr: hpr)
    }
}

/// Issues unique synthetic fødselsnumre: candidate `k` maps injectively to (birth date,
/// individual number), so no two stays of a run share a patient.
struct PatientFactory {
    /// Birth dates 1930-01-01 … 1999-12-31 with individual numbers 000–499 (born 1900–1999).
    private let firstDay = LocalDate(daysSinceEpoch: -14610)  // 1930-01-01
    private let dayCount = 25567
    private let stride = 7919  // prime, coprime with dayCount
    private var k: Int
    private let offset: Int

    init(seed: UInt64) {
        offset = Int(seed % 25567)
        k = 0
    }

    mutating func next(municipality: Municipality, _ rng: inout SplitMix64) -> Patient {
        while true {
            let candidate = k
            k += 1
            let dayIndex = (candidate % dayCount * stride + offset) % dayCount
            let individual = (candidate / dayCount + (candidate % dayCount) * 7) % 500
            let date = firstDay.adding(days: dayIndex)
            guard
                let fnr = Fodselsnummer.synthetic(
                    year: date.year, month: date.month, day: date.day, individual: individual)
            else { continue }
            let male = individual % 2 == 1
            var city = municipality.name
            if city.hasSuffix(" kommune") { city.removeLast(8) }
            return Patient(
                fnr: fnr, familyName: NamePool.pick(NamePool.family, &rng),
                givenName: NamePool.pick(male ? NamePool.maleGiven : NamePool.femaleGiven, &rng),
                dateOfBirth: date, isMale: male,
                street: "\(NamePool.pick(NamePool.streets, &rng)) \(1 + rng.index(below: 80))",
                postalCode: String(7000 + rng.index(below: 1000)), city: city)
        }
    }
}
