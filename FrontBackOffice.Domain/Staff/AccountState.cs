namespace FrontBackOffice.Domain.Staff;

/// <summary>Whether a member of staff may sign in: a disabled account stays disabled whatever its lock.</summary>
public enum AccountState
{
    Active,
    Locked,
    Disabled,
}

public static class AccountStates
{
    public static AccountState Of(DateTime? disabledAt, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        disabledAt is not null ? AccountState.Disabled : lockoutEnd > now ? AccountState.Locked : AccountState.Active;

    public static bool CanLock(this AccountState state) => state != AccountState.Locked;

    public static bool CanUnlock(this AccountState state) => state == AccountState.Locked;

    public static bool CanDisable(this AccountState state) => state != AccountState.Disabled;

    public static bool CanEnable(this AccountState state) => state == AccountState.Disabled;
}
