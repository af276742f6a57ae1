package org.followon.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.followon.meeting.GroupMeeting;
import org.followon.meeting.MeetingDetails;
import org.followon.system.FollowOnSettings;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Meetings as iCalendar (RFC 5545), written by ical4j: wall-clock times in the service's
 * time zone with its VTIMEZONE, one stable UID per meeting, and the meeting's version as
 * SEQUENCE, so a calendar app that has the meeting replaces it when it is moved or
 * cancelled.
 */
@Component
class MeetingCalendar {

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	/**
	 * How often a subscribed calendar app is asked to look again; most choose their own.
	 */
	private static final Duration REFRESH = Duration.ofHours(1);

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	private final String uidDomain;

	MeetingCalendar(MessageSource messages, Clock clock, FollowOnSettings settings) {
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = settings.baseUrl();
		this.uidDomain = URI.create(this.baseUrl).getHost();
	}

	/** One meeting, for a calendar file to download. */
	String meeting(GroupMeeting meeting, String groupName) {
		Calendar calendar = calendar(groupName);
		calendar.add(event(meeting, groupName));
		return write(calendar);
	}

	/** A person's feed: these meetings, each with its group's name. */
	String feed(List<GroupMeeting> meetings, Map<Long, String> groupNames) {
		Calendar calendar = calendar(message("calendar.feed.name"));
		calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
		calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
		meetings.forEach((m) -> calendar.add(event(m, groupNames.get(m.groupId()))));
		return write(calendar);
	}

	private Calendar calendar(String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Follow-on groups//Meetings//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", zone().getId()));
		calendar.add(ZONES.getTimeZone(zone().getId()).getVTimeZone());
		return calendar;
	}

	private VEvent event(GroupMeeting meeting, String groupName) {
		MeetingDetails d = meeting.details();
		String summary = meeting.cancelled() ? message("calendar.event.cancelled", groupName) : groupName;
		VEvent event = new VEvent(ZonedDateTime.of(d.on(), d.startsAt(), zone()),
				ZonedDateTime.of(d.on(), d.endsAt(), zone()), summary);
		event.replace(new DtStamp(this.clock.instant()));
		event.add(new Uid("meeting-" + meeting.id() + "@" + this.uidDomain));
		event.add(new Sequence((int) Math.min(meeting.version(), Integer.MAX_VALUE)));
		event.add(meeting.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		event.add(new Location(d.address() == null ? d.venueName() : d.venueName() + ", " + d.address()));
		String page = link("/groups/" + meeting.groupId() + "/meetings/" + meeting.id());
		event.add(new Url(uri(d.link()).orElse(URI.create(page))));
		List<String> description = new ArrayList<>();
		if (d.link() != null) {
			description.add(message("calendar.event.online", d.link()));
		}
		description.add(message("calendar.event.page", page));
		event.add(new Description(String.join("\n\n", description)));
		return event;
	}

	/**
	 * The full address of a page (or a feed) of the app, as people outside it reach it.
	 */
	String link(String path) {
		return this.baseUrl + path;
	}

	/**
	 * The online link, if it is one a calendar app can open; the page shows it either
	 * way.
	 */
	private static Optional<URI> uri(String link) {
		try {
			return Optional.ofNullable(link).map(URI::create);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private ZoneId zone() {
		return this.clock.getZone();
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.UK);
	}

	private static String write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter().output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Writing to a string does not fail", ex);
		}
		return out.toString();
	}

}
