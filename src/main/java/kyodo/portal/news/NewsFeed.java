package kyodo.portal.news;

import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.KyodoSettings;
import kyodo.core.MailTexts;
import kyodo.portal.internal.Markdown;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The news as an Atom feed (RFC 4287), written with the JDK's StAX writer: links absolute, the bodies as sanitised HTML. */
@Singleton
class NewsFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final KyodoSettings settings;
    private final MailTexts texts;
    private final CityClock clock;

    NewsFeed(KyodoSettings settings, MailTexts texts, CityClock clock) {
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    String atom(List<News> items) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml:lang", "ja");
            element(x, "title", texts.text("por.feed.title", settings.getCityName()));
            element(x, "id", texts.link("/news"));
            LocalDateTime updated = items.stream().map(News::updatedAt).max(LocalDateTime::compareTo).orElse(clock.now());
            element(x, "updated", stamp(updated));
            link(x, "self", texts.link("/news/feed.atom"));
            link(x, "alternate", texts.link("/news"));
            x.writeStartElement("author");
            element(x, "name", settings.getCenterName());
            x.writeEndElement();
            for (News n : items) {
                x.writeStartElement("entry");
                element(x, "title", n.title());
                element(x, "id", texts.link("/news/" + n.id()));
                link(x, "alternate", texts.link("/news/" + n.id()));
                element(x, "published", stamp(n.publishOn().atStartOfDay()));
                element(x, "updated", stamp(n.updatedAt()));
                x.writeStartElement("category");
                x.writeAttribute("term", n.category());
                x.writeAttribute("label", texts.text(n.categoryKey()));
                x.writeEndElement();
                element(x, "summary", Markdown.plain(n.body(), 200));
                x.writeStartElement("content");
                x.writeAttribute("type", "html");
                x.writeCharacters(Markdown.html(n.body()));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private String stamp(LocalDateTime time) {
        return clock.withOffset(time).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }
}
