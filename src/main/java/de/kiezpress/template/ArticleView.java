package de.kiezpress.template;

import java.util.List;

/** An article page's content; absent parts are null or empty lists. */
public record ArticleView(String title, String type, String typeLabel, String typeUrl, String dateIso, String dateText,
                          String updatedIso, String updatedText, Link district, List<Link> topics, String html,
                          String summary, ImageView image, MeetingView meeting, List<AttachmentView> attachments,
                          Link source, ContactView contact, List<ItemView> related, String lang) {
    public ArticleView {
        topics = List.copyOf(topics);
        attachments = List.copyOf(attachments);
        related = List.copyOf(related);
    }

    /** The lead image. */
    public record ImageView(String src, String alt, String caption) {
    }

    /** The meeting box of a meeting report. */
    public record MeetingView(String dateIso, String dateText, String timeText, String location, String organiser,
                              List<String> participants, List<String> agenda) {
        public MeetingView {
            participants = List.copyOf(participants);
            agenda = List.copyOf(agenda);
        }
    }

    /** A download: "Protokoll (PDF, 240 KB)". */
    public record AttachmentView(String title, String url, String format, String size) {
    }

    /** The press contact. */
    public record ContactView(String name, String office, String email, String emailUrl, String phone, String phoneUrl) {
    }
}
