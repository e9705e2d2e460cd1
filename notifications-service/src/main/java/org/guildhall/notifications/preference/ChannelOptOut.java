package org.guildhall.notifications.preference;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.guildhall.notifications.vocabulary.Category;
import org.guildhall.notifications.vocabulary.Channel;

/** A member switched one channel off for one category. Everything else is on. */
@Embeddable
public class ChannelOptOut {

    @Enumerated(EnumType.STRING)
    private Category category;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    protected ChannelOptOut() {}

    public ChannelOptOut(Category category, Channel channel) {
        this.category = Objects.requireNonNull(category);
        this.channel = Objects.requireNonNull(channel);
    }

    public Category category() {
        return category;
    }

    public Channel channel() {
        return channel;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChannelOptOut that && category == that.category && channel == that.channel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(category, channel);
    }
}
