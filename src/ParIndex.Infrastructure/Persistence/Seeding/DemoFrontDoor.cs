using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// Calls the portal's use cases the way a person would, for the demo: each handler is made with a demo person as the
/// current user and a clock standing at the story's moment, and gets everything else (database, validators) from the
/// portal's own registrations. So the demo's steps are checked, saved and audited exactly like a province's.
/// </summary>
internal sealed class DemoFrontDoor(IServiceProvider services)
{
    public T As<T>(DemoActor actor, DateTime atUtc)
        where T : notnull => ActivatorUtilities.CreateInstance<T>(services, (ICurrentUser)actor, (TimeProvider)new DemoClock(atUtc));
}
