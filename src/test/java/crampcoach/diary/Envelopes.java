package crampcoach.diary;

import com.amazon.ask.model.Context;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;
import java.time.OffsetDateTime;

/** Request envelopes for the store's own tests: only what a store reads, the user id. */
final class Envelopes {

    private Envelopes() {
    }

    static RequestEnvelope forUser(String userId) {
        return RequestEnvelope.builder()
                .withContext(Context.builder()
                        .withSystem(SystemState.builder().withUser(User.builder().withUserId(userId).build()).build())
                        .build())
                .withRequest(LaunchRequest.builder().withRequestId("r").withLocale("en-US")
                        .withTimestamp(OffsetDateTime.parse("2026-11-25T03:12:45Z")).build())
                .build();
    }
}
