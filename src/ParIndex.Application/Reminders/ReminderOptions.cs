namespace ParIndex.Application.Reminders;

/// <summary>Settings section "Reminders".</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>Days before the deadline (Vietnam calendar) on which unsubmitted units are reminded; 0 is the last day.</summary>
    public int[] DaysBefore { get; set; } = [7, 3, 1, 0];

    /// <summary>The portal's address, for links in e-mails.</summary>
    public string PortalUrl { get; set; } = "http://localhost:5080";
}
