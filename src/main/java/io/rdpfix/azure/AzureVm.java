package io.rdpfix.azure;

/** The VM the commands name: its resource group and its name. */
public record AzureVm(ResourceGroup group, VmName name) {
}
