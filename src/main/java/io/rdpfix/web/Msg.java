package io.rdpfix.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The page's own words; Dutch in messages/msg_nl.properties. Domain texts come with the domain. */
@MessageBundle("msg")
public interface Msg {
    @Message("rdpfix: Remote Desktop to an Azure VM fails")
    String title();

    /** Beside the heading, which already says rdpfix. */
    @Message("Remote Desktop to an Azure VM fails")
    String tagline();

    @Message("Exact, copy-pasteable commands for Microsoft's registry fixes for Remote Desktop on Azure VMs: each article's values, corrected so that every line runs as it is, read back, with a way back. Start from what is wrong.")
    String intro();

    @Message("What is wrong?")
    String whatIsWrong();

    @Message("weakens security")
    String weakensSecurity();

    @Message("Source:")
    String fixSource();

    @Message("read {date}")
    String fixRead(String date);

    @Message("The script does not do this, you do:")
    String fixNotDone();

    @Message("Presets")
    String presets();

    @Message("The article, online")
    String presetOnline();

    @Message("The article, offline")
    String presetOffline();

    @Message("Keep-alive and timeouts only (no security downgrade)")
    String presetSafe();

    @Message("The article, with Run Command")
    String presetRunCommand();

    @Message("The article, with az vm repair")
    String presetRepair();

    /** @param updated whether it follows a change (an htmx re-render), not a page load */
    @Message("Script{#if updated} updated{/if}: {blocks} paste {#if blocks == 1}block{#else}blocks{/if}, {values} {#if values == 1}value{#else}values{/if}.")
    String scriptSummary(boolean updated, int blocks, int values);

    @Message("Script{#if updated} updated{/if}: {fileName}, {values} {#if values == 1}value{#else}values{/if}.")
    String scriptSummaryChannel(boolean updated, String fileName, int values);

    @Message("Go to the script")
    String toScript();

    @Message("No script: fix the fields marked.")
    String announceRefused();

    @Message("Undo script ready: {blocks} paste {#if blocks == 1}block{#else}blocks{/if}.")
    String announceUndo(int blocks);

    @Message("Sources")
    String sources();

    @Message("The fix: Microsoft Learn, \"Remote Desktop disconnects frequently in Azure VM\" (its registry values, corrected here).")
    String sourceArticle();

    @Message("Serial Console: Microsoft Learn, \"Windows commands: CMD and PowerShell\" for the Serial Console (the cmd channel).")
    String sourceSerialConsole();

    @Message("Offline: Microsoft Learn, \"Troubleshoot a Windows VM by attaching the OS disk to a recovery VM\" (loading the hives).")
    String sourceOffline();

    @Message("Run Command: Microsoft Learn, \"Run scripts in your Windows VM by using action Run Commands\" (its 4,096-byte output).")
    String sourceRunCommand();

    @Message("az vm repair: Microsoft Learn, \"Repair a Windows VM by using the Azure Virtual Machine repair commands\".")
    String sourceRepair();

    @Message("Broken disk")
    String offline();

    @Message("Name of the loaded SYSTEM hive (under HKLM)")
    String systemHive();

    @Message("Name of the loaded SOFTWARE hive (under HKLM)")
    String softwareHive();

    @Message("Control sets")
    String controlSets();

    @Message("Only the active one: read the SYSTEM hive's Select key, value Current, when the script runs")
    String currentControlSet();

    @Message("The script loads and unloads the hives itself (reg load / reg unload)")
    String loadHives();

    @Message("Drive letter of the attached OS disk")
    String drive();

    @Message("Output")
    String output();

    @Message("REG_DWORD data in decimal")
    String dwordDec();

    @Message("REG_DWORD data in hex (0x...)")
    String dwordHex();

    @Message("Undo file on the VM")
    String undoOption();

    @Message("Record the current values in an undo file first (recommended)")
    String undoVm();

    @Message("Leave it out")
    String undoOff();

    @Message("Settings (the article's steps)")
    String settings();

    @Message("Update the script")
    String update();

    @Message("Script")
    String script();

    @Message("Copy all")
    String copyAll();

    @Message("Copy block {index}")
    String copyBlock(int index);

    @Message("Copy block 1 of {count}")
    String copyFirstBlock(int count);

    @Message("Copy next block")
    String copyNextBlock();

    @Message("of")
    String of();

    @Message("All blocks copied ({count})")
    String allBlocksCopied(int count);

    @Message("copied")
    String copiedMark();

    // The paste form is typed text: as a .cmd file its for variables would need %%, so the label says where it runs.
    @Message("Copy all (to paste in one piece into an elevated cmd prompt, not the Serial Console; for a file, download the .cmd)")
    String copyAllTooLong();

    @Message("Copy")
    String copy();

    @Message("Copied")
    String copied();

    @Message("Copy failed: select the text and copy it by hand")
    String copyFailed();

    @Message("Download .cmd")
    String download();

    @Message("Share link")
    String shareLink();

    @Message("{count} paste {#if count == 1}block{#else}blocks{/if} of at most 2048 characters (the Serial Console's paste limit)."
            + "{#if count > 1} Paste them one after the other.{/if}")
    String blockCount(int count);

    @Message("Block {index} of {count}")
    String blockTitle(int index, int count);

    @Message("Before: in the Azure portal open the VM's Serial Console. At SAC> type cmd, then ch -si 1, press Enter and sign in with an administrator account.")
    String onlineBefore();

    @Message("After: restart the VM (shutdown /r /t 0) and try to connect with RDP again.")
    String onlineAfter();

    @Message("Before: take a snapshot of the OS disk, attach it to a repair VM, mark it Online in Disk Management and note its drive letter. Run the script in an elevated command prompt.")
    String offlineBefore();

    @Message("After: detach the disk, attach it back to the broken VM as its OS disk, start it and try RDP again.")
    String offlineAfter();

    @Message("No script is shown: fix the fields marked in the form.")
    String noScript();

    @Message("Undo")
    String undo();

    @Message("The script records the current values in {path} before it changes anything; run that file on the same machine to put them back. It touches only the values the fix writes: each one that still holds what the fix wrote goes back to its type and data from before the fix (or is deleted, if it was absent); one changed since the fix is left as it is and named; a key the fix created is removed only if it is empty. Nothing else is changed, and nothing is imported. It keeps a reg export of each key beside it, for you to use by hand.")
    String undoFileNote(String path);

    @Message("On the repair VM the script records the current values in {path} before it changes anything, and keeps that file and its record on the disk itself, in Windows\\rdpfix (the restore deletes the repair VM). {fileName} runs it from there on a second repair VM (the commands above): it touches only the values the fix writes, puts back each one that still holds what the fix wrote, leaves and names one changed since, and changes nothing else.")
    String undoFileNoteRepair(String path, String fileName);

    @Message("Before you start, take a snapshot of the VM's OS disk, as Microsoft's article advises: it is the way back for everything, where the undo below is the way back for the values this script writes.")
    String snapshotFirst();

    @Message("Or build the undo here: paste below all of what the capture script (step 0, above) printed before the fix. That undo follows the same rules: it puts back only the values that still hold what the fix wrote, leaves and names any changed since, and removes a key the fix created only if it is empty.")
    String captureIntro();

    @Message("On az vm repair the way back for the whole disk is the VM's original OS disk: the first command above saves its id, the last swaps it back. An undo built below from a capture writes to the disk's hives, not to the VM after the restore: download it as {fileName} and run it as the fix (az vm repair create, then az vm repair run with that file, then the restore).")
    String captureIntroRepair(String fileName);

    @Message("Capture script")
    String captureScript();

    @Message("Step 0, optional: capture the current values first")
    String stepZero();

    @Message("Before the fix, run this script on the machine: it changes nothing and prints the values the fix will change. Keep its output: it builds an exact undo here, and the same script run after the fix tells you whether it worked.")
    String stepZeroIntro();

    /** @param fileName the capture's .ps1 for Run Command */
    @Message("Before the fix, run {fileName} with Run Command, as the fix (the first command below, once the VM is named): it changes nothing and prints the values the fix will change. Run again after the fix, it tells you whether it worked.")
    String stepZeroIntroRunCommand(String fileName);

    /** @param fileName the capture's .ps1 for az vm repair run */
    @Message("After az vm repair create and before the fix's az vm repair run, run {fileName} the same way (its command follows the create below, once the VM is named): it loads the copied disk's hives, prints the values the fix will change and unloads them; it changes nothing. Keep its output: the same script run after the fix, before the restore, tells you whether it worked.")
    String stepZeroIntroRepair(String fileName);

    /** @param fileName the undo's .ps1 for the channel */
    @Message("Download {fileName}")
    String undoDownloadPs1(String fileName);

    @Message("Download capture .cmd")
    String captureDownload();

    @Message("Captured output, pasted as it came from the console")
    String captureLabel();

    @Message("Captured output, pasted as Run Command or az vm repair printed it")
    String captureLabelChannel();

    @Message("Build the undo script")
    String buildUndo();

    @Message("What changes ({count} {#if count == 1}value{#else}values{/if})")
    String changesTitle(int count);

    @Message("Key")
    String changesKey();

    @Message("New data")
    String changesData();

    @Message("Before (captured)")
    String changesBefore();

    @Message("This selection weakens RDP security ({weakened}): once RDP works, put it back with the script under \"Put security back\".")
    String securitySummary(String weakened);

    @Message("Put security back")
    String securityBack();

    @Message("It sets the values back as your capture saw them before the fix, and reads them back.")
    String securityCaptured();

    @Message("Without a capture it sets {values}, the values Microsoft recommends, and reads them back. If RDP then fails again (with SecurityLayer 2, a broken certificate makes TLS fail), paste your capture under Undo: this script then puts back exactly what was there.")
    String securityRecommended(String values);

    @Message("Did it work?")
    String checkTitle();

    @Message("After the fix (and after the restart), run the capture script (step 0) again and paste its output here: every value the fix sets is shown with what was found. The fix's own output, ending in its verdict line, works too: it names the values it could not read back.")
    String checkIntro();

    @Message("After the fix, on the repair VM with the hives still loaded, run the capture script (step 0) again and paste its output here: every value the fix sets is shown with what was found. The fix's own output, ending in its verdict line, works too: it names the values it could not read back.")
    String checkIntroOffline();

    /** @param fileName the capture's .ps1 for the channel */
    @Message("After the fix, run {fileName} again (its command above) and paste what it printed here: every value the fix sets is shown with what was found. The fix's own output, ending in its verdict line, works too: it names the values it could not read back.")
    String checkIntroChannel(String fileName);

    @Message("If the fix prints \"rdpfix: overridden by policy:\" and names, Group Policy sets those values under Policies\\Microsoft\\Windows NT\\Terminal Services, and Windows uses the policy's value, not the one the fix wrote: change them in the policy, or the fix does not take effect there. On a domain-joined VM, gpresult /h gp.html shows which GPO sets them; on its own, gpedit.msc (Computer Configuration, Administrative Templates, Windows Components, Remote Desktop Services).")
    String checkPolicy();

    @Message("Capture output taken after the fix, or the fix's output")
    String checkLabel();

    @Message("Check the values")
    String checkButton();

    @Message("Value")
    String checkValue();

    @Message("The fix writes")
    String checkExpected();

    @Message("Found")
    String checkFound();

    @Message("What to do")
    String checkAdvice();

    @Message("Download undo .cmd")
    String undoDownload();

    @Message("Undo script")
    String undoScript();

    @Message("Warning")
    String warning();

    @Message("Nederlands")
    String otherLanguage();

    @Message("nl")
    String otherLanguageCode();

    @Message("Catalog version {version}. Nothing is fetched from elsewhere; nothing you enter is stored.")
    String footer(String version);

    @Message("How you reach the VM")
    String channel();

    @Message("Serial Console: paste into the VM's own console, online")
    String channelConsole();

    @Message("Run Command: the VM agent still answers (portal Run command, az vm run-command, Invoke-AzVMRunCommand)")
    String channelRunCommand();

    @Message("az vm repair: the VM does not boot or its console is dead; a repair VM from Cloud Shell")
    String channelRepair();

    @Message("A repair VM you set up yourself: the VM's OS disk attached to another Windows VM, offline, in its elevated Command Prompt")
    String channelManual();

    @Message("The VM, for the Cloud Shell commands")
    String azureVm();

    @Message("Resource group")
    String resourceGroup();

    @Message("VM name")
    String vmName();

    @Message("Run Command runs the script on the VM as SYSTEM through its VM agent, with no console: the agent must still answer (the VM runs and its agent status is Ready).")
    String runCommandBefore();

    @Message("az vm repair copies the VM's OS disk to a new repair VM, runs the script there and swaps the fixed disk back: for a VM that does not boot or whose console is dead. Run the commands in Azure Cloud Shell.")
    String repairBefore();

    @Message("Download {fileName}")
    String downloadPs1(String fileName);

    @Message("Commands for Azure Cloud Shell")
    String commandsTitle();

    @Message("First upload {fileName} to Cloud Shell (Manage files, Upload): it goes to your home folder, where these commands look for it.")
    String uploadFirst(String fileName);

    @Message("Enter the resource group and the VM name to get the commands.")
    String commandsNeedVm();

    @Message("What {fileName} does: read it before you run it")
    String ps1Preview(String fileName);

    @Message("The output's last line is the verdict. Then connect with Remote Desktop.")
    String runCommandAfter();

    @Message("The undo file stays on the VM: the last command above runs it through Run Command, should you need the way back.")
    String runCommandUndo();

    @Message("Run az vm repair restore only after an OK verdict. The undo file the script records, with its record, is kept on the disk in Windows\\rdpfix (the restore deletes the repair VM): to put back only what the fix changed, the commands after the restore run it on a second repair VM. To go back to the whole disk as it was: the script never touches the VM's original OS disk (it works on a copy), the restore leaves it in the resource group, unattached, and the last command above swaps it back (in the portal: the VM's Disks, Swap OS disk).")
    String repairAfter();

    @Message("Run az vm repair restore only after an OK verdict. With undo=off nothing is recorded: the way back after the swap is the VM's original OS disk, which the script never touches (it works on a copy) and the restore leaves in the resource group, unattached: the last command above swaps it back (in the portal: the VM's Disks, Swap OS disk).")
    String repairAfterNoUndo();
}
