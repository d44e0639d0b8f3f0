package io.rdpfix.web;

import io.rdpfix.cmd.ScriptForm;
import jakarta.ws.rs.core.Response;

/** How scripts and refusals go over HTTP: pasted text inline, batch files as attachments. */
public final class TextResponses {
    public static final String TEXT = "text/plain;charset=UTF-8";
    public static final String BATCH = "application/octet-stream";

    private TextResponses() {
    }

    public static Response script(ScriptForm form, byte[] text, String batchFileName) {
        if (form == ScriptForm.BATCH) {
            return Response.ok(text, BATCH)
                    .header("Content-Disposition", "attachment; filename=\"" + batchFileName + "\"")
                    .build();
        }
        return Response.ok(text, TEXT).header("Content-Disposition", "inline").build();
    }

    public static Response tooLarge(String reason) {
        return Response.status(413).type(TEXT).entity(reason).build();
    }

    public static Response badRequest(String reasons) {
        return Response.status(Response.Status.BAD_REQUEST).type(TEXT).entity(reasons).build();
    }
}
