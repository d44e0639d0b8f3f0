package io.rdpfix.catalog;

import static io.rdpfix.catalog.CatalogValue.givenListener;
import static io.rdpfix.catalog.CatalogValue.listener;
import static io.rdpfix.catalog.CatalogValue.policy;
import static io.rdpfix.catalog.CatalogValue.policyWhereItExists;
import static io.rdpfix.catalog.CatalogValue.terminalServer;
import static io.rdpfix.catalog.CatalogValue.weakening;
import static io.rdpfix.catalog.CatalogValue.weakeningUntilDeleted;
import static io.rdpfix.catalog.CatalogValue.weakeningWhereItExists;

import io.rdpfix.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * The fixes rdpfix knows, each with its values: the only place they live. The first is the one a
 * request without {@code fix} gets: "Remote Desktop disconnects frequently", the article's ten
 * steps in its order.
 */
public final class Catalog {
    /** When the stored copies of the sources were read. */
    private static final String READ = "2026-12-07";
    private static final String ARTICLES = "https://learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/";

    private static final List<Setting> DISCONNECTS_SETTINGS = List.of(
            new Setting("security-layer",
                    List.of(weakening("SecurityLayer", 0, 2)),
                    new Text("RDP security layer: native RDP encryption", "RDP-beveiligingslaag: eigen RDP-versleuteling"),
                    new Text("SecurityLayer 0: server and client use native RDP encryption instead of TLS.",
                            "SecurityLayer 0: server en client gebruiken de eigen RDP-versleuteling in plaats van TLS."),
                    Optional.of(new Text(
                            "Weakens security: drops TLS server authentication. Set it back after the fix.",
                            "Verzwakt de beveiliging: geen TLS-serververificatie meer. Zet dit na het herstel terug."))),
            new Setting("min-encryption",
                    List.of(weakening("MinEncryptionLevel", 1, 3)),
                    new Text("Minimum encryption level: low", "Minimaal versleutelingsniveau: laag"),
                    new Text("MinEncryptionLevel 1: lets older RDP clients connect.",
                            "MinEncryptionLevel 1: oudere RDP-clients kunnen weer verbinden."),
                    Optional.of(new Text(
                            "Weakens security: allows low encryption. Set it back after the fix.",
                            "Verzwakt de beveiliging: lage versleuteling toegestaan. Zet dit na het herstel terug."))),
            new Setting("user-config",
                    List.of(listener("fQueryUserConfigFromLocalMachine", 1)),
                    new Text("User configuration from the local machine", "Gebruikersconfiguratie van de lokale computer"),
                    new Text("Take the user's session settings from the local machine.",
                            "Neem de sessie-instellingen van de gebruiker van de lokale computer."),
                    Optional.empty()),
            new Setting("keep-alive",
                    List.of(listener("KeepAliveTimeout", 1), policy("KeepAliveEnable", 1), policy("KeepAliveInterval", 1)),
                    new Text("Keep-alive", "Keep-alive"),
                    new Text("Turn RDP keep-alive on, every minute, so idle connections are not dropped.",
                            "Zet RDP keep-alive aan, elke minuut, zodat inactieve verbindingen blijven staan."),
                    Optional.empty()),
            new Setting("reconnect",
                    List.of(listener("fInheritReconnectSame", 0), listener("fReconnectSame", 1),
                            policy("fDisableAutoReconnect", 0)),
                    new Text("Reconnect", "Opnieuw verbinden"),
                    new Text("Let clients reconnect automatically, from the same client only.",
                            "Laat clients automatisch opnieuw verbinden, alleen vanaf dezelfde client."),
                    Optional.empty()),
            new Setting("session-time",
                    List.of(listener("fInheritMaxSessionTime", 1)),
                    new Text("Session time limit", "Limiet sessieduur"),
                    new Text("Inherit the session time limit instead of the listener's own.",
                            "Neem de limiet voor de sessieduur over in plaats van die van de listener."),
                    Optional.empty()),
            new Setting("disconnection-time",
                    List.of(listener("fInheritMaxDisconnectionTime", 1), listener("MaxDisconnectionTime", 0)),
                    new Text("Disconnection time limit", "Limiet verbroken sessie"),
                    new Text("Disconnected sessions are never ended because of a time limit (0 = never).",
                            "Verbroken sessies worden nooit door een tijdslimiet beeindigd (0 = nooit)."),
                    Optional.empty()),
            new Setting("connection-time",
                    List.of(listener("MaxConnectionTime", 0)),
                    new Text("Connection time limit", "Limiet verbindingsduur"),
                    new Text("Active sessions have no time limit (0 = never).",
                            "Actieve sessies hebben geen tijdslimiet (0 = nooit)."),
                    Optional.empty()),
            new Setting("idle-time",
                    List.of(listener("fInheritMaxIdleTime", 1), listener("MaxIdleTime", 0)),
                    new Text("Idle time limit", "Limiet inactieve sessie"),
                    new Text("Idle sessions are never ended because of a time limit (0 = never).",
                            "Inactieve sessies worden nooit door een tijdslimiet beeindigd (0 = nooit)."),
                    Optional.empty()),
            new Setting("max-instances",
                    List.of(listener("MaxInstanceCount", 0xffff_ffffL)),
                    new Text("Maximum connections: unlimited", "Maximum aantal verbindingen: onbeperkt"),
                    new Text("MaxInstanceCount 4294967295: no limit on concurrent connections.",
                            "MaxInstanceCount 4294967295: geen limiet op gelijktijdige verbindingen."),
                    Optional.empty()));

    public static final Fix DISCONNECTS = new Fix("disconnects", "2018-10-24.1",
            new Text("reset the RDP-Tcp listener. Azure: Remote Desktop disconnects frequently.",
                    "RDP-Tcp-listener opnieuw instellen. Azure: Extern bureaublad verbreekt vaak."),
            new Text("Remote Desktop connects, then keeps dropping the session.",
                    "Extern bureaublad maakt verbinding, maar verbreekt de sessie steeds."),
            new Article("Remote Desktop disconnects frequently in Azure VM", ARTICLES + "troubleshoot-rdp-intermittent-connectivity", READ),
            DISCONNECTS_SETTINGS,
            new Text("Restart the VM afterwards: the listener reads these values when it starts.",
                    "Start de VM daarna opnieuw op: de listener leest deze waarden bij het starten."),
            Optional.empty());

    public static final Fix NLA_OFF = new Fix("nla-off", "2026-12-07.1",
            new Text("turn Network Level Authentication off. Azure: RDP authentication error.",
                    "Network Level Authentication uitzetten. Azure: RDP-verificatiefout."),
            new Text("An authentication error: the Local Security Authority or the domain controller cannot be contacted (NLA).",
                    "Een verificatiefout: de Local Security Authority of de domeincontroller is niet bereikbaar (NLA)."),
            new Article("Troubleshoot authentication errors when you use RDP to connect to Azure VM", ARTICLES + "cannot-connect-rdp-azure-vm",
                    READ),
            List.of(new Setting("user-authentication",
                    List.of(weakening("UserAuthentication", 0, 1)),
                    new Text("Network Level Authentication off", "Network Level Authentication uit"),
                    new Text("UserAuthentication 0: clients connect without NLA while the domain controller or the LSA cannot be reached.",
                            "UserAuthentication 0: clients verbinden zonder NLA zolang de domeincontroller of de LSA onbereikbaar is."),
                    Optional.of(new Text(
                            "Weakens security: anyone can reach the logon screen unauthenticated. Undo it (UserAuthentication 1) once you can sign in.",
                            "Verzwakt de beveiliging: iedereen bereikt het aanmeldscherm zonder verificatie. Maak dit ongedaan (UserAuthentication 1) zodra u kunt aanmelden.")))),
            new Text("Restart the VM. Domain-joined: repair the secure channel (Test-ComputerSecureChannel -Repair), then undo this fix"
                    + " and restart again.",
                    "Start de VM opnieuw op. Lid van een domein: herstel het beveiligde kanaal (Test-ComputerSecureChannel -Repair), maak"
                            + " deze oplossing dan ongedaan en start opnieuw op."),
            Optional.empty());

    public static final Fix ENABLE_RDP = new Fix("enable-rdp", "2026-12-07.1",
            new Text("turn Remote Desktop on again. Azure: RDP general error.",
                    "Extern bureaublad weer aanzetten. Azure: algemene RDP-fout."),
            new Text("\"Remote Desktop can't connect to the remote computer\": remote access is not enabled, turned off or not"
                    + " available.",
                    "\"Extern bureaublad kan geen verbinding maken met de externe computer\": externe toegang staat niet aan, is"
                            + " uitgezet of niet beschikbaar."),
            new Article("Troubleshoot an RDP general error in Azure VM", ARTICLES + "troubleshoot-rdp-general-error", READ),
            List.of(new Setting("allow-connections",
                            List.of(terminalServer("fDenyTSConnections", 0), policyWhereItExists("fDenyTSConnections", 0)),
                            new Text("Allow Remote Desktop connections", "Verbindingen met Extern bureaublad toestaan"),
                            new Text("fDenyTSConnections 0 under Terminal Server, and under the Terminal Services policy key only where a"
                                    + " policy already sets it (as the article's online steps; its offline steps would create the policy).",
                                    "fDenyTSConnections 0 onder Terminal Server, en onder de policysleutel van Terminal Services alleen waar"
                                            + " een policy hem al zet (zoals de online stappen van het artikel; de offline stappen zouden de"
                                            + " policy aanmaken)."),
                            Optional.empty()),
                    new Setting("ts-enabled",
                            List.of(terminalServer("TSEnabled", 1)),
                            new Text("Remote Desktop Services on", "Extern bureaublad-services aan"),
                            new Text("TSEnabled 1 under Terminal Server.", "TSEnabled 1 onder Terminal Server."),
                            Optional.empty()),
                    new Setting("drain-mode",
                            List.of(terminalServer("TSServerDrainMode", 0)),
                            new Text("New logons allowed (no drain mode)", "Nieuwe aanmeldingen toegestaan (geen drain mode)"),
                            new Text("TSServerDrainMode 0: the server takes new sessions.",
                                    "TSServerDrainMode 0: de server neemt nieuwe sessies aan."),
                            Optional.empty()),
                    new Setting("ts-user-enabled",
                            List.of(terminalServer("TSUserEnabled", 0)),
                            new Text("TSUserEnabled 0", "TSUserEnabled 0"),
                            new Text("TSUserEnabled 0 under Terminal Server, as the article writes it (no other source documents it).",
                                    "TSUserEnabled 0 onder Terminal Server, zoals het artikel hem schrijft (geen andere bron beschrijft hem)."),
                            Optional.empty()),
                    new Setting("listener-on",
                            List.of(listener("fEnableWinStation", 1)),
                            new Text("RDP-Tcp listener on", "RDP-Tcp-listener aan"),
                            new Text("fEnableWinStation 1: the RDP-Tcp listener takes connections.",
                                    "fEnableWinStation 1: de RDP-Tcp-listener neemt verbindingen aan."),
                            Optional.empty()),
                    new Setting("logons-on",
                            List.of(listener("fLogonDisabled", 0)),
                            new Text("Logons through RDP-Tcp allowed", "Aanmelden via RDP-Tcp toegestaan"),
                            new Text("fLogonDisabled 0: users may sign in through the listener.",
                                    "fLogonDisabled 0: gebruikers mogen zich via de listener aanmelden."),
                            Optional.empty())),
            new Text("Restart the VM. If RDP still fails, check that Remote Desktop Services (TermService) runs (sc query TermService),"
                    + " then try the other fixes here. A domain policy that denies connections sets the value again at its next refresh:"
                    + " change it in the GPO (Allow users to connect remotely by using Remote Desktop Services).",
                    "Start de VM opnieuw op. Werkt RDP nog niet, controleer dan dat Extern bureaublad-services (TermService) draait (sc"
                            + " query TermService) en probeer de andere oplossingen hier. Een domeinpolicy die verbindingen weigert, zet de"
                            + " waarde bij de volgende verversing terug: pas die aan in de GPO (Allow users to connect remotely by using"
                            + " Remote Desktop Services)."),
            Optional.empty());

    /** The port rdp-port sets: 3389 unless the user gives another. */
    public static final Input PORT = new Input("port",
            new Text("RDP port", "RDP-poort"),
            new Text("Decimal, 1 to 65535. A port other than 3389 also needs an inbound rule for it in the guest firewall and in the"
                    + " VM's NSG, or nothing reaches the listener.",
                    "Decimaal, 1 tot 65535. Een andere poort dan 3389 heeft ook een inkomende regel nodig in de gastfirewall en in de NSG"
                            + " van de VM, anders bereikt niets de listener."),
            1, 65535, 3389);

    public static final Fix RDP_PORT = new Fix("rdp-port", "2026-12-07.2",
            new Text("set the RDP port to {0}. Azure: RDP port changed.",
                    "RDP-poort instellen op {0}. Azure: RDP-poort gewijzigd."),
            new Text("The VM runs, but nothing answers on the RDP port: the port was changed.",
                    "De VM draait, maar niets antwoordt op de RDP-poort: de poort is gewijzigd."),
            new Article("Run Command SetRDPPort", "https://github.com/Azure/azure-support-scripts/tree/master/RunCommand/Windows/SetRDPPort",
                    READ),
            List.of(new Setting("port",
                    List.of(givenListener("PortNumber", PORT.value())),
                    new Text("RDP port {0}", "RDP-poort {0}"),
                    new Text("PortNumber {0}: the listener takes this TCP port (written in decimal; the article's hex is a common slip).",
                            "PortNumber {0}: de listener gebruikt deze TCP-poort (decimaal geschreven; de hex van het artikel is een bekende"
                                    + " vergissing)."),
                    Optional.empty())),
            new Text("Restart Remote Desktop Services (Restart-Service TermService -Force) or the VM. Then let TCP {0} in: the guest"
                    + " firewall (netsh advfirewall firewall add rule name=\"Remote Desktop - Custom Port\" dir=in action=allow"
                    + " protocol=TCP localport={0}; for 3389 the built-in Remote Desktop rule) and the NSG (az network nsg rule create"
                    + " with --destination-port-ranges {0}).",
                    "Start Extern bureaublad-services opnieuw (Restart-Service TermService -Force) of de VM. Laat dan TCP {0} door: de"
                            + " gastfirewall (netsh advfirewall firewall add rule name=\"Remote Desktop - Custom Port\" dir=in action=allow"
                            + " protocol=TCP localport={0}; voor 3389 de ingebouwde regel Extern bureaublad) en de NSG (az network nsg rule"
                            + " create met --destination-port-ranges {0})."),
            Optional.of(PORT));

    public static final Fix CREDSSP_ORACLE = new Fix("credssp-oracle", "2026-12-07.1",
            new Text("allow the CredSSP encryption oracle. Azure: CredSSP authentication error.",
                    "CredSSP-versleutelingsorakel toestaan. Azure: CredSSP-verificatiefout."),
            new Text("\"The function requested is not supported... CredSSP encryption oracle remediation\": VM and client differ in the"
                    + " CredSSP update.",
                    "\"De aangevraagde functie wordt niet ondersteund... CredSSP encryption oracle remediation\": VM en client verschillen"
                            + " in de CredSSP-update."),
            new Article("CredSSP encryption oracle remediation error when you RDP to a Windows VM in Azure", ARTICLES
                    + "credssp-encryption-oracle-remediation", READ),
            List.of(new Setting("allow-encryption-oracle",
                    List.of(weakeningUntilDeleted(KeyRole.CREDSSP, "AllowEncryptionOracle", 2)),
                    new Text("Allow the encryption oracle (Vulnerable)", "Versleutelingsorakel toestaan (Vulnerable)"),
                    new Text("AllowEncryptionOracle 2 under CredSSP\\Parameters: the VM accepts clients without the CredSSP update.",
                            "AllowEncryptionOracle 2 onder CredSSP\\Parameters: de VM accepteert clients zonder de CredSSP-update."),
                    Optional.of(new Text(
                            "Weakens security: re-exposes CVE-2018-0886. Install the update on both sides, then undo this (the value deleted).",
                            "Verzwakt de beveiliging: CVE-2018-0886 ligt weer open. Installeer de update aan beide kanten en maak dit dan"
                                    + " ongedaan (de waarde verwijderd).")))),
            new Text("Install the CredSSP update of May 2018 or later on the VM and on the client (Windows Update, or dism /add-package"
                    + " with the KB for the OS), restart, then undo this fix.",
                    "Installeer de CredSSP-update van mei 2018 of later op de VM en op de client (Windows Update, of dism /add-package"
                            + " met de KB voor het besturingssysteem), start opnieuw op en maak deze oplossing dan ongedaan."),
            Optional.empty());

    private static final String FIREWALL_POLICY = "Services\\SharedAccess\\Parameters\\FirewallPolicy\\";

    /** One of the guest firewall's profiles turned off: its own key in every control set, and its policy's where a policy sets it. */
    private static Setting firewallOff(String id, String profile, Text title) {
        KeyRole own = new KeyRole(KeyRole.Hive.SYSTEM, FIREWALL_POLICY + profile, "");
        KeyRole policy = new KeyRole(KeyRole.Hive.SOFTWARE, "Policies\\Microsoft", "WindowsFirewall\\" + profile);
        return new Setting(id,
                List.of(weakening(own, "EnableFirewall", 0, 1), weakeningWhereItExists(policy, "EnableFirewall", 0, 1)),
                title,
                new Text("EnableFirewall 0 under FirewallPolicy\\" + profile + ", and under the WindowsFirewall\\" + profile
                        + " policy only where a policy sets it (the article writes the policy always, which creates one where none was).",
                        "EnableFirewall 0 onder FirewallPolicy\\" + profile + ", en onder de policy WindowsFirewall\\" + profile
                                + " alleen waar een policy hem zet (het artikel schrijft de policy altijd en maakt er zo een aan waar er"
                                + " geen was)."),
                Optional.of(new Text(
                        "Weakens security: the guest firewall stops filtering this profile (only the NSG is left). Put it back"
                                + " (EnableFirewall 1) as soon as RDP works.",
                        "Verzwakt de beveiliging: de gastfirewall filtert dit profiel niet meer (alleen de NSG blijft). Zet hem terug"
                                + " (EnableFirewall 1) zodra RDP werkt.")));
    }

    public static final Fix FIREWALL_OFF = new Fix("firewall-off", "2026-12-07.1",
            new Text("turn the guest firewall off. Azure: guest OS firewall blocks RDP.",
                    "Gastfirewall uitzetten. Azure: firewall van het gast-besturingssysteem blokkeert RDP."),
            new Text("The VM runs and the NSG allows RDP, but the guest firewall blocks it (a rule or a block-all profile).",
                    "De VM draait en de NSG staat RDP toe, maar de gastfirewall blokkeert het (een regel of een profiel dat alles"
                            + " blokkeert)."),
            new Article("Disable the guest OS Firewall in Azure VM", ARTICLES + "disable-guest-os-firewall-windows", READ),
            List.of(firewallOff("domain-profile", "DomainProfile", new Text("Domain profile off", "Domeinprofiel uit")),
                    firewallOff("private-profile", "StandardProfile", new Text("Private profile off (StandardProfile)",
                            "Prive-profiel uit (StandardProfile)")),
                    firewallOff("public-profile", "PublicProfile", new Text("Public profile off", "Openbaar profiel uit"))),
            new Text("Restart the firewall service (Restart-Service mpssvc) or the VM. Once you can sign in, turn the firewall back on"
                    + " with the right rule instead (netsh advfirewall firewall set rule group=\"remote desktop\" new enable=yes), then"
                    + " put security back here. A domain policy turns the firewall on again at its next refresh.",
                    "Start de firewallservice opnieuw (Restart-Service mpssvc) of de VM. Zet de firewall, zodra u kunt aanmelden, weer"
                            + " aan met de juiste regel (netsh advfirewall firewall set rule group=\"remote desktop\" new enable=yes) en"
                            + " zet hier de beveiliging terug. Een domeinpolicy zet de firewall bij de volgende verversing weer aan."),
            Optional.empty());

    private static final List<Fix> FIXES = List.of(DISCONNECTS, ENABLE_RDP, NLA_OFF, RDP_PORT, CREDSSP_ORACLE, FIREWALL_OFF);

    private Catalog() {
    }

    /** Every fix, the default first. */
    public static List<Fix> fixes() {
        return FIXES;
    }

    public static Optional<Fix> fix(String id) {
        return FIXES.stream().filter(f -> f.id().equals(id)).findFirst();
    }
}
