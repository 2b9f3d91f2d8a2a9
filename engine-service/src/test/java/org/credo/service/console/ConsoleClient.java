package org.credo.service.console;

import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.Cookies;
import io.restassured.specification.RequestSpecification;

/**
 * A client signed in through the console's form as a browser would be: it keeps its cookies, and it read the CSRF
 * token a console page carries.
 *
 * @param cookies   the cookies it keeps, as a browser does
 * @param signIn    the cookies the sign-in gave it (to replay them later, as a thief would)
 * @param csrfToken the token of the console's forms and htmx requests
 */
record ConsoleClient(CookieFilter cookies, Cookies signIn, String csrfToken) {
    static final String CSRF_FIELD = "csrf-token";
    static final String CSRF_HEADER = "X-CSRF-TOKEN";

    static ConsoleClient signIn(String user) {
        var cookies = new CookieFilter();
        Cookies signIn = RestAssured.given().filter(cookies).redirects().follow(false)
                .formParam("j_username", user).formParam("j_password", user)
                .post("/j_security_check").then().statusCode(302).extract().detailedCookies();
        String token = RestAssured.given().filter(cookies).get("/console").then().statusCode(200)
                .extract().cookie(CSRF_FIELD);
        return new ConsoleClient(cookies, signIn, token);
    }

    /** Requests with the session's cookies and nothing else. */
    RequestSpecification cookiesOnly() {
        return RestAssured.given().filter(cookies).redirects().follow(false);
    }

    /** Requests as the console's htmx makes them: the cookies and the token in its header. */
    RequestSpecification withToken() {
        return cookiesOnly().header(CSRF_HEADER, csrfToken);
    }
}
