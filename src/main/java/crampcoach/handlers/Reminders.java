package crampcoach.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.PermissionStatus;
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.model.services.ServiceException;
import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.GetRemindersResponse;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.Recurrence;
import com.amazon.ask.model.services.reminderManagement.RecurrenceFreq;
import com.amazon.ask.model.services.reminderManagement.Reminder;
import com.amazon.ask.model.services.reminderManagement.ReminderManagementServiceClient;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daily bedtime-stretch reminder through the SDK's {@link ReminderManagementServiceClient}, and the
 * Alexa permission-consent request ({@code Connections.SendRequest} AskFor) when the person has not
 * yet allowed reminders. The skill can see and delete only its own reminders, and it sets no other
 * kind, so "cancel my stretch reminder" deletes every one it finds.
 */
final class Reminders {

    static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    static final String ASK_FOR = "AskFor";

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    private static final DateTimeFormatter SPOKEN_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

    /** What became of a call to the Reminders API. */
    enum Outcome { DONE, NOTHING_TO_DO, NO_PERMISSION, FAILED }

    private Reminders() {
    }

    /** Whether the person has allowed this skill's reminders (the request's permission scopes). */
    static boolean permitted(HandlerInput input) {
        Optional<Permissions> permissions = Optional.ofNullable(input.getRequestEnvelope().getContext())
                .map(context -> context.getSystem()).map(system -> system.getUser()).map(User::getPermissions);
        if (permissions.isEmpty()) {
            return false;
        }
        Map<String, Scope> scopes = permissions.get().getScopes();
        if (scopes != null && scopes.containsKey(SCOPE)) {
            return scopes.get(SCOPE).getStatus() == PermissionStatus.GRANTED;
        }
        return permissions.get().getConsentToken() != null;
    }

    /** Alexa's own voice request for the reminders permission; the token carries the time asked for. */
    static SendRequestDirective askForPermission(LocalTime time) {
        return SendRequestDirective.builder()
                .withName(ASK_FOR)
                .withPayload(Map.of(
                        "@type", "AskForPermissionsConsentRequest",
                        "@version", "2",
                        "permissionScopes", List.of(Map.of("permissionScope", SCOPE, "consentLevel", "ACCOUNT"))))
                .withToken(time.toString())
                .build();
    }

    /** AMAZON.TIME's value: "21:00", or a part of the day ("EV", "NI"); empty when it is no clock time. */
    static Optional<LocalTime> time(Optional<String> slotValue) {
        if (slotValue.isEmpty()) {
            return Optional.empty();
        }
        switch (slotValue.get()) {
            case "EV":
                return Optional.of(LocalTime.of(20, 0));
            case "NI":
                return Optional.of(LocalTime.of(21, 0));
            default:
                try {
                    return Optional.of(LocalTime.parse(slotValue.get()));
                } catch (DateTimeParseException e) {
                    return Optional.empty();
                }
        }
    }

    /** The time as Alexa reads a clock time aloud, such as "9:00 PM". */
    static String spoken(LocalTime time) {
        return time.format(SPOKEN_TIME);
    }

    /** Sets the daily reminder at {@code time} on the device's clock, saying {@code alert} when it goes off. */
    static Outcome create(HandlerInput input, LocalTime time, String alert, Optional<ZoneId> zone) {
        if (input.getServiceClientFactory() == null) {
            return Outcome.FAILED;
        }
        Instant now = Optional.ofNullable(input.getRequestEnvelope().getRequest().getTimestamp())
                .map(OffsetDateTime::toInstant).orElseGet(Instant::now);
        LocalDateTime localNow = LocalDateTime.ofInstant(now, zone.orElse(ZoneOffset.UTC));
        LocalDateTime first = localNow.toLocalDate().atTime(time);
        if (!first.isAfter(localNow)) {
            first = first.plusDays(1);
        }
        // Without a known zone the Reminders API uses the device's own: the time is the device's clock time.
        Trigger.Builder trigger = Trigger.builder()
                .withType(TriggerType.SCHEDULED_ABSOLUTE)
                .withScheduledTime(first)
                .withRecurrence(Recurrence.builder().withFreq(RecurrenceFreq.DAILY).build());
        zone.ifPresent(where -> trigger.withTimeZoneId(where.getId()));
        ReminderRequest request = ReminderRequest.builder()
                .withRequestTime(now.atOffset(ZoneOffset.UTC))
                .withTrigger(trigger.build())
                .withAlertInfo(AlertInfo.builder().withSpokenInfo(SpokenInfo.builder().withContent(List.of(
                        SpokenText.builder().withLocale(input.getRequestEnvelope().getRequest().getLocale())
                                .withText(alert).build())).build()).build())
                .withPushNotification(PushNotification.builder().withStatus(PushNotificationStatus.ENABLED).build())
                .build();
        return call(() -> {
            input.getServiceClientFactory().getReminderManagementService().createReminder(request);
            return Outcome.DONE;
        });
    }

    /** Deletes every reminder of this skill: all of them are stretch reminders. */
    static Outcome cancelAll(HandlerInput input) {
        if (input.getServiceClientFactory() == null) {
            return Outcome.FAILED;
        }
        return call(() -> {
            ReminderManagementServiceClient reminders = input.getServiceClientFactory().getReminderManagementService();
            GetRemindersResponse existing = reminders.getReminders();
            List<Reminder> alerts = existing == null || existing.getAlerts() == null ? List.of() : existing.getAlerts();
            for (Reminder reminder : alerts) {
                reminders.deleteReminder(reminder.getAlertToken());
            }
            return alerts.isEmpty() ? Outcome.NOTHING_TO_DO : Outcome.DONE;
        });
    }

    private interface Call {
        Outcome run();
    }

    private static Outcome call(Call call) {
        try {
            return call.run();
        } catch (ServiceException e) {
            LOG.warn("Reminders API answered {}", e.getStatusCode());
            return e.getStatusCode() == 401 || e.getStatusCode() == 403 ? Outcome.NO_PERMISSION : Outcome.FAILED;
        } catch (RuntimeException e) {
            LOG.warn("Reminders API call failed: {}", e.toString());
            return Outcome.FAILED;
        }
    }
}
