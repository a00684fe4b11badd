internal import CLibXML2

public enum XMLCoreInfo {
    public static var libxmlVersion: String { LIBXML_DOTTED_VERSION }
}
