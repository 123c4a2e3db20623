package io.gatehouse.bench.load;

/** One way of signing a user in to get tokens (the password grant, the authorization-code flow). */
interface SignIn {

    Tokens signIn(Http http, Target.User user) throws Exception;
}
