package io.rdpfix.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A page is rendered once per form state and links, so each asker must still get the page of their own request. */
@QuarkusTest
class PageCacheTest {

    @Test
    void pagesWhoseScriptsAreTheSameStillShowTheirOwnVm() {
        for (int round = 0; round < 2; round++) {
            given().get("/?channel=runcommand&rg=rg-1&vm=vm-alpha").then().statusCode(200)
                    .body(containsString("vm-alpha")).body(not(containsString("vm-beta")));
            given().get("/?channel=runcommand&rg=rg-1&vm=vm-beta").then().statusCode(200)
                    .body(containsString("vm-beta")).body(not(containsString("vm-alpha")));
        }
    }

    @Test
    void theSameQueryIsAnsweredInEachAskersLanguage() {
        for (int round = 0; round < 2; round++) {
            given().header("Accept-Language", "nl").get("/?channel=manual").then().body(containsString("<html lang=\"nl\""));
            given().header("Accept-Language", "en").get("/?channel=manual").then().body(containsString("<html lang=\"en\""));
        }
    }

    @Test
    void theOutputFragmentIsNotThePage() {
        for (int round = 0; round < 2; round++) {
            given().get("/output?channel=manual").then().statusCode(200).header(PageResource.ADDRESS, "/?channel=manual&lang=en")
                    .body(not(containsString("<html")));
            given().get("/?channel=manual").then().statusCode(200).body(containsString("<html"));
        }
    }
}
