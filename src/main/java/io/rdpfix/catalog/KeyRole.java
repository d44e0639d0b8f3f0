package io.rdpfix.catalog;

/** Which key a value lives in: each is spelled by the target, online or offline. */
public enum KeyRole {
    /** {@code <system root>\Control\Terminal Server\WinStations\RDP-Tcp}, once per control set. */
    LISTENER,
    /** {@code <software root>\Policies\Microsoft\Windows NT\Terminal Services}, once. */
    POLICY,
    /** {@code <software root>\Microsoft\Windows\CurrentVersion\Policies\System\CredSSP\Parameters}, once. */
    CREDSSP
}
