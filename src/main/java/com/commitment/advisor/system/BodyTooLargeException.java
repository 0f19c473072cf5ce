package com.commitment.advisor.system;

import java.io.IOException;

/** A request body grew past the limit while it was being read. */
class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("the request body is larger than " + limit + " bytes");
    }
}
