package io.rdpfix.catalog;

/** Which of the two keys of the article a value lives in. */
public enum KeyRole {
    /** {@code <system root>\Control\Terminal Server\WinStations\RDP-Tcp}, once per control set. */
    LISTENER,
    /** {@code <software root>\Policies\Microsoft\Windows NT\Terminal Services}, once. */
    POLICY
}
