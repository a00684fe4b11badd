/// Facts about this build of PLOKit: the one place its version is written (every report, the
/// simulator's manifest and `plo --version` read it here).
public enum AppInfo {
    /// The tool version reported in every machine-readable output.
    public static let version = "0.1.0"
    /// The tool name reported in every machine-readable output.
    public static let tool = "plo"
}
