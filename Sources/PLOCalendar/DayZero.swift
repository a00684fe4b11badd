/// Day 0 reception (HNT 3.2 b): "Kommunene skal normalt ta imot pasienter samme dag (dag 0)
/// forutsatt at nødvendig informasjon er sendt i perioden 8-15 mandag til fredag."
///
/// Day 0 is the day the Melding om utskrivningsklar pasient is sent.
public enum DayZero {
    /// HNT 3.2 b: the municipality normally receives the patient the same day when the needed
    /// information and the utskrivningsklar message were sent 08–15 on a weekday.
    ///
    /// Eligible when both hold:
    /// - `utskrivningsklarSent` is inside `window` (day D);
    /// - `informationSent` is known and before the window closes on D. Information sent earlier
    ///   (even the evening before) was available throughout D's window and counts; information
    ///   sent after the utskrivningsklar message counts if it is still inside D's window.
    ///
    /// A `nil` `informationSent` means the needed information has not been sent, so the patient
    /// is not eligible. If the information travels in the utskrivningsklar message itself, pass
    /// the same time twice.
    public static func isEligible(
        utskrivningsklarSent: LocalDateTime, informationSent: LocalDateTime?,
        window: WorkingWindow = .standard
    ) -> Bool {
        guard window.contains(utskrivningsklarSent), let informationSent else { return false }
        return informationSent < window.closing(on: utskrivningsklarSent.date)
    }

    /// The earliest date the municipality is normally expected to receive the patient.
    ///
    /// The day of `utskrivningsklarSent` if ``isEligible(utskrivningsklarSent:informationSent:window:)``,
    /// otherwise the date of ``WorkingWindow/currentOrNextOpening(_:)`` for the later of the two
    /// sending times: the first window in which both messages are available. (Sent at 07:00 on a
    /// working day, that is the same date; sent at 15:00 on a Friday, normally Monday.) With no
    /// information sent, the utskrivningsklar time alone is used, which is a lower bound.
    public static func earliestReception(
        utskrivningsklarSent: LocalDateTime, informationSent: LocalDateTime?,
        window: WorkingWindow = .standard
    ) -> LocalDate {
        if isEligible(
            utskrivningsklarSent: utskrivningsklarSent, informationSent: informationSent,
            window: window)
        {
            return utskrivningsklarSent.date
        }
        let latest = max(utskrivningsklarSent, informationSent ?? utskrivningsklarSent)
        return window.currentOrNextOpening(latest).date
    }
}
