package io.rdpfix.catalog;

import static io.rdpfix.catalog.CatalogValue.listener;
import static io.rdpfix.catalog.CatalogValue.policy;

import io.rdpfix.text.Text;
import java.util.List;
import java.util.Optional;

/**
 * The article's ten steps, in its order: the only place the values live. VERSION goes into every
 * script header; raise it whenever a value or text here changes.
 */
public final class Catalog {
    public static final String VERSION = "2018-10-24.1";

    private static final List<Setting> SETTINGS = List.of(
            new Setting("security-layer",
                    List.of(listener("SecurityLayer", 0)),
                    new Text("RDP security layer: native RDP encryption", "RDP-beveiligingslaag: eigen RDP-versleuteling"),
                    new Text("SecurityLayer 0: server and client use native RDP encryption instead of TLS.",
                            "SecurityLayer 0: server en client gebruiken de eigen RDP-versleuteling in plaats van TLS."),
                    Optional.of(new Text(
                            "Weakens security: drops TLS server authentication. Set it back after the fix.",
                            "Verzwakt de beveiliging: geen TLS-serververificatie meer. Zet dit na het herstel terug."))),
            new Setting("min-encryption",
                    List.of(listener("MinEncryptionLevel", 1)),
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

    private Catalog() {
    }

    public static List<Setting> settings() {
        return SETTINGS;
    }

    public static Optional<Setting> byId(String id) {
        return SETTINGS.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
