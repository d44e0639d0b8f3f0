package io.rdpfix.location;

import io.rdpfix.catalog.KeyRole;
import io.rdpfix.registry.RegKey;
import java.util.List;
import java.util.Optional;

/** Where the values are written: the running VM, or a broken VM's hives on a repair VM. */
public sealed interface Target permits Target.Online, Target.Offline {
    /*
     * Each key is split into a root that exists wherever the fix applies (the RDP-Tcp listener key
     * itself, Policies\Microsoft) and the part below it that reg add may have to create, which an
     * undo must remove again.
     */
    String LISTENER_PATH = "Terminal Server\\WinStations\\RDP-Tcp";
    String POLICY_PATH = "Windows NT\\Terminal Services";
    /** Under SOFTWARE on every Windows (UAC's values live there); CredSSP\Parameters below it may not exist. */
    String SYSTEM_POLICIES = "Microsoft\\Windows\\CurrentVersion\\Policies\\System";
    String CREDSSP_PATH = "CredSSP\\Parameters";

    /** The keys values of this role go to, in writing order. */
    List<TargetKey> keysFor(KeyRole role);

    /** On the VM itself, through the Serial Console: HKLM\SYSTEM\CurrentControlSet and HKLM\SOFTWARE. */
    record Online() implements Target {
        @Override
        public List<TargetKey> keysFor(KeyRole role) {
            return switch (role) {
                case LISTENER -> List.of(existing(new RegKey("HKLM\\SYSTEM\\CurrentControlSet\\Control").child(LISTENER_PATH)));
                case POLICY -> List.of(under(RegKey.hklm("SOFTWARE").child("Policies\\Microsoft"), POLICY_PATH));
                case CREDSSP -> List.of(under(RegKey.hklm("SOFTWARE").child(SYSTEM_POLICIES), CREDSSP_PATH));
            };
        }
    }

    /**
     * On a repair VM with the broken disk's hives loaded under HKLM. {@code loadFrom} present means
     * the script loads and unloads the hives itself, from that drive.
     */
    record Offline(HiveName system, HiveName software, ControlSets controlSets, Optional<DriveLetter> loadFrom)
            implements Target {
        /** The run-time variable that holds the active control set's three digits. */
        public static final String ACTIVE_SET_VARIABLE = "R_CS";

        public Offline {
            if (system.sameAs(software)) {
                throw new IllegalArgumentException("system and software hive must differ");
            }
        }

        public RegKey systemHive() {
            return RegKey.hklm(system.value());
        }

        public RegKey softwareHive() {
            return RegKey.hklm(software.value());
        }

        @Override
        public List<TargetKey> keysFor(KeyRole role) {
            return switch (role) {
                case LISTENER -> controlSets instanceof ControlSets.Fixed fixed
                        ? fixed.sets().stream()
                                .map(set -> existing(systemHive().child(set.keyName() + "\\Control\\" + LISTENER_PATH)))
                                .toList()
                        : List.of(existing(systemHive().child("ControlSet%" + ACTIVE_SET_VARIABLE + "%\\Control\\"
                                + LISTENER_PATH)));
                case POLICY -> List.of(under(softwareHive().child("Policies\\Microsoft"), POLICY_PATH));
                case CREDSSP -> List.of(under(softwareHive().child(SYSTEM_POLICIES), CREDSSP_PATH));
            };
        }
    }

    /** The listener key exists in every control set Windows uses: rdpfix never creates it, it skips a set without it. */
    private static TargetKey existing(RegKey key) {
        return new TargetKey(key, key);
    }

    private static TargetKey under(RegKey root, String relative) {
        return new TargetKey(root, root.child(relative));
    }
}
